import pytest

from responses.codes import resume_code_new
from responses.services import response_start, start_token_new


@pytest.fixture
def make_response(cast):
    """A person's response to the Riverside consultation. `with_code=True` gives the code too."""

    def make(consultation=None, *, with_code: bool = False):
        response, code = response_start(
            consultation=consultation or cast.riverside_consultation,
            start_token=start_token_new(),
            resume_code=resume_code_new(),
        )
        return (response, code) if with_code else response

    return make
