import unittest

import pytest

from tests.support import base
from tests.support.base import Ambiguous, MappedFixture, PlainMixin, ServiceCase, Suite
from tests.support import Ambiguous as Exported
from tests.support.other import ViaOtherModule

pytestmark = pytest.mark.integration


class OrderChecks(ServiceCase):
    def test_add(self):
        self.items.append(1)
        self.assertEqual(self.items, [1])

    def build(self):
        return []


class QueryChecks(MappedFixture):
    def test_query(self):
        self.assertEqual(len(self.items), 0)


class ModuleQualified(base.ServiceCase):
    def test_qualified(self):
        self.assertEqual(self.items, [])


class _LocalLayer(Suite):
    pass


class TypesSuite(_LocalLayer):
    def test_join(self):
        self.assertEqual(1 + 1, 2)


@pytest.mark.slow
@unittest.skip("not yet")
class SkippedChecks(ViaOtherModule):
    def test_skipped(self):
        self.assertTrue(True)


class MixinChecks(PlainMixin):
    def test_not_collected(self):
        assert self.shared() == 1


class NarrowedByImport(Ambiguous):
    def test_base_module_is_the_one_imported(self):
        self.assertTrue(True)


class AmbiguousChecks(Exported):
    def test_not_collected_either(self):
        assert True
