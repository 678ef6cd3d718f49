from unittest import mock

import pytest

from shop.http import Response, StreamError


def test_iter_content_wraps_stream_errors():
    response = Response()
    response.raw = mock.Mock()
    response.raw.stream.side_effect = OSError("reset")

    with pytest.raises(StreamError, match="reset"):
        list(response.iter_content())
