"""Results: what people said, who was heard, and what may be shown to whom.

``results.disclosure`` and ``results.easy_read`` are pure Python with no Django imports, so every
screen, chart, export and the public page can share one tested set of rules. Importing this package
must stay free of Django too, so keep app code (models, views) in its own modules.
"""
