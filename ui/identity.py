"""Who is editing: the name that goes on every history row this browser session writes.

In order: the OIDC login (``st.login``) when ``[auth]`` is configured in Streamlit's
secrets; else a trusted reverse-proxy header named by ``MEDIA_MANAGER_USER_HEADER``
(set by ``media-manager ui --user-header NAME``); else the editor types a name once per
browser session. Never the server's own user name.
"""

from __future__ import annotations

import os

import streamlit as st
from literal import note

HEADER_ENV = "MEDIA_MANAGER_USER_HEADER"
KEY = "editor"


def login_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all: no login configured
        return False


def from_login() -> str | None:
    if not login_configured():
        return None
    if not st.user.is_logged_in:
        note("Sign in to edit the catalogue.")
        st.button("Sign in", key="login", on_click=st.login)
        st.stop()
    return str(st.user.get("email") or st.user.get("name") or "").strip() or None


def from_proxy() -> str | None:
    header = os.environ.get(HEADER_ENV, "").strip()
    if not header:
        return None
    value = (st.context.headers.get(header) or "").strip()
    if not value:
        note(f"No editor name in the {header} header: this desk is served behind a proxy "
             "that signs editors in.")
        st.stop()
    return value[:100]


def asked() -> str:
    if st.session_state.get(KEY):
        return str(st.session_state[KEY])
    with st.form("who-form"):
        name = st.text_input("Your name, for the history of every change you make",
                             key="editor-name", max_chars=100)
        chosen = st.form_submit_button("Start editing", key="editor-start", type="primary")
    if chosen and name.strip():
        st.session_state[KEY] = name.strip()
        st.rerun()
    st.stop()
    raise AssertionError("st.stop() returned")


def editor() -> str:
    """The editor's name for this browser session (stops the page until it is known)."""
    if not st.session_state.get(KEY):
        found = from_login() or from_proxy()
        if found:
            st.session_state[KEY] = found
    return str(st.session_state.get(KEY) or asked())
