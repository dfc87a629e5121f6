"""Two municipalities with departments, and one user of each role (passwords are test-only)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

from shinchoku.accounts.models import Membership, Role
from shinchoku.plans.models import Department, Municipality

#: Passes Django's validators; used for every test user.
PASSWORD = "Tsuki-no-Usagi-42"


@dataclass
class World:
    shibata: Municipality
    hita: Municipality
    departments: dict[str, Department]
    users: dict[str, object]


def make_user(username: str, role: str | None, municipality=None, departments=(), **extra):
    user = get_user_model().objects.create_user(username, password=PASSWORD, **extra)
    if role:
        membership = Membership.objects.create(user=user, role=role, municipality=municipality)
        membership.departments.set(departments)
    return user


@pytest.fixture
def world(db) -> World:
    shibata = Municipality.objects.create(name="新発田市", prefecture="新潟県", code="152064")
    hita = Municipality.objects.create(name="日田市", prefecture="大分県", code="442046")
    departments = {
        "情報政策課": Department.objects.create(municipality=shibata, name="情報政策課"),
        "市民課": Department.objects.create(municipality=shibata, name="市民課"),
        "日田市企画課": Department.objects.create(municipality=hita, name="企画課"),
    }
    users = {
        "admin": get_user_model().objects.create_superuser("kanrisha", password=PASSWORD),
        "office": make_user("keikaku_shibata", Role.PLAN_OFFICE, shibata),
        "editor": make_user("tanto_shibata", Role.EDITOR, shibata, [departments["市民課"]]),
        "viewer": make_user("etsuran_shibata", Role.VIEWER, shibata),
        "hita_office": make_user("keikaku_hita", Role.PLAN_OFFICE, hita),
        "hita_editor": make_user("tanto_hita", Role.EDITOR, hita, [departments["日田市企画課"]]),
        "norole": make_user("yakuwari_nashi", None),
    }
    return World(shibata, hita, departments, users)
