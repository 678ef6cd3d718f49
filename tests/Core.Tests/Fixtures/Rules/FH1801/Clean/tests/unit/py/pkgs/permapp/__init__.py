# A Pyramid app the tests load by dotted names: the root factory by "module:Name", the module by config.include
# (which calls includeme), and its views by config.scan, which registers what @view_config decorates.
from pyramid.response import Response
from pyramid.view import view_config


class RootFactory:
    __acl__ = [("Allow", "fred", "view")]

    def __init__(self, request):
        pass


@view_config(name="y", permission="private")
def y_view(request):
    return Response("this is private")


class MethodViews:
    def __init__(self, context, request):
        self.request = request

    @view_config(name="method1")
    def method1(self):
        return "method1"


def includeme(config):
    config.scan("tests.unit.py.pkgs.permapp")
