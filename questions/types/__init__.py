"""Every question type, one module each. Importing this package registers them all.

To add a type: add a module here with its block, form and `@register`ed QuestionType, add its
template under templates/questions/, and import it below. The import order is the order of the
editor's "add a question" menu.
"""

# isort: off
from . import feelings  # noqa: F401
from . import choice  # noqa: F401
from . import choices  # noqa: F401
from . import yes_no  # noqa: F401
from . import tell_us  # noqa: F401
from . import good_life  # noqa: F401
from . import likes_dislikes  # noqa: F401
from . import vote  # noqa: F401
from . import coins  # noqa: F401
from . import offer  # noqa: F401
