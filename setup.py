"""What pyproject.toml cannot say: the Streamlit app stays in ui/ at the top of the checkout
and installs as the package ``media_manager.ui``, so a plain ``pip install .`` has the UI."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["media_manager", "media_manager.*"]),
              "media_manager.ui", "media_manager.ui.pages"],
    package_dir={"media_manager.ui": "ui", "media_manager.ui.pages": "ui/pages"},
)
