"""``python -m media_manager.cli.streamlit_run run APP ...``: Streamlit's own command line, for
an app that navigates itself.

Streamlit takes an app with a ``pages/`` folder beside it for an old-style multipage app
until ``st.navigation`` first runs in the server process, so a deep link
(``/photo?id=17``) as the first request after a start would run that page alone, without
app.py's page set-up and navigation. The desk's app always navigates with
``st.navigation``: say so before the server starts.
"""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web.cli import main

if __name__ == "__main__":
    PagesManager.uses_pages_directory = False
    sys.exit(main())
