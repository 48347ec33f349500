"""The pages of the Streamlit app; ui/app.py lists them in its navigation."""
