"""Small Streamlit building blocks shared by the pages (the journey's next step, case gate)."""
