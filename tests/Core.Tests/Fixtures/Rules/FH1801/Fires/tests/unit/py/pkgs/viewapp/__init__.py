from pyramid.response import Response
from pyramid.view import view_config


class RootFactory:
    def __init__(self, request):
        pass


class OtherFactory:  # plant: FH1801
    def __init__(self, request):
        pass


@view_config(name="x")
def x_view(request):
    return Response("x")


def render_x(request):  # plant: FH1801
    return Response("x")
