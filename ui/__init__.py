"""The desk's browser front end (Streamlit), installed as media_manager.ui."""
