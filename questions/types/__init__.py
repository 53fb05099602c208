"""Every question type, one module each. Importing this package registers them all.

To add a type, add a module here with its block, form and `@register`ed QuestionType (with a
`menu_position`), and its template under templates/questions/. Nothing else changes: every module
in this package is imported here.
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
