from tests.support.base import MappedFixture


class Ambiguous:
    pass


class ViaOtherModule(MappedFixture):
    pass
