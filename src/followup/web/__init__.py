"""The local web app (`followup serve`): FastAPI routes, Jinja2 templates, htmx partials.

It reaches the database and the rules only through `followup.services`. See `app.py` for the
factory, `security.py` for what guards every request, `server.py` for how it runs.
"""
