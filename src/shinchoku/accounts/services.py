"""Creating users and changing their roles: the one place the CLI, the admin forms and the pages use.

Every function raises ``AccountError`` with a one-line Japanese message for input it refuses, and
writes nothing in that case (each runs in one transaction). Users are never deleted: they are
deactivated (``is_active``), which ends their sessions at the next request.

Who may call these is decided by the caller through ``permissions.can(user, "manage_users", …)``;
``manageable_users`` and ``check_manageable`` add the rules about *which* users a plan office may touch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q, QuerySet

from shinchoku.audit.models import Kind
from shinchoku.audit.recorder import record
from shinchoku.core.prefectures import PREFECTURES
from shinchoku.importers.municipalities import NAME_CHARS
from shinchoku.plans.models import Department, Municipality

from .models import USERNAME_CHARACTERS, Membership, Role


class AccountError(ValueError):
    """Input refused; the message is one line of Japanese meant for the person who typed it."""


class UnknownMunicipality(AccountError):
    """No municipality registered under the name or 団体コード typed (``new_municipality`` may register it)."""


def _messages(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


#: Blanks, half- and full-width, typed inside a municipality's name (「千葉県　桜川市」).
_BLANKS = re.compile(r"[\s\u3000]+")


def find_municipality(name_or_code: str) -> Municipality:
    """A municipality by 団体コード (6 digits), name (新発田市) or prefecture + name (新潟県新発田市; 「新潟県 新発田市」 typed
    with a blank between them is the same: no name holds one)."""
    text = _BLANKS.sub("", name_or_code or "")
    if not text:
        raise AccountError("自治体を指定してください（名称または団体コード）。")
    if text.isascii() and text.isdigit():
        found = Municipality.objects.filter(code=text).first()
        if found is None:
            raise UnknownMunicipality(f"団体コード {text} の自治体は登録されていません。")
        return found
    matches = list(Municipality.objects.filter(name=text))
    prefecture = next((p for p in PREFECTURES if text.startswith(p) and len(text) > len(p)), None)
    if not matches and prefecture:
        matches = list(Municipality.objects.filter(prefecture=prefecture, name=text[len(prefecture) :]))
    if not matches:
        raise UnknownMunicipality(
            f"自治体「{text}」は登録されていません（先に計画を取り込むか、管理サイトで登録してください。"
            "利用者と一緒に登録するには --new-municipality を付けます）。"
        )
    if len(matches) > 1:
        options = "、".join(f"{m}（{m.code or '団体コードなし'}）" for m in matches)
        raise AccountError(
            f"自治体「{text}」が複数あります。都道府県名を付けるか団体コードで指定してください: {options}"
        )
    return matches[0]


#: How the name of a municipality registered from the command line ends (市区町村): 「新潟県新発田」, a typo, is none.
MUNICIPALITY_ENDINGS = ("市", "区", "町", "村")


def new_municipality(name_or_code: str) -> Municipality:
    """The municipality ``createuser --new-municipality`` gives the user: the one named if it is registered, else a
    new one, not saved yet (``create_user`` saves it with the user: a password refused registers nothing).

    A new one is named with its prefecture (「新潟県新発田市」, or a prefecture alone: 「新潟県」), as plan files name
    it, so that the first import of its plan finds it (``plans.loader.match_municipality``: by prefecture and name)
    instead of registering a second one beside it. Nothing is registered by a typo: a name without its prefecture,
    one not ending in 市・区・町・村, or one a municipality of no prefecture here has already (registered by a file
    that named none: the same one, most likely) is refused, saying why."""
    text = _BLANKS.sub("", name_or_code or "")
    try:
        return find_municipality(text)
    except UnknownMunicipality:
        pass
    if text.isascii() and text.isdigit():
        raise AccountError(
            f"団体コード {text} の自治体は登録されていません。新しく登録するには、都道府県名から書いた名称で"
            "指定してください（例: 新潟県新発田市）。"
        )
    if text in PREFECTURES:
        return Municipality(name=text, prefecture=text)
    prefecture = next((p for p in PREFECTURES if text.startswith(p) and len(text) > len(p)), None)
    if prefecture is None:
        raise AccountError(f"新しく登録する自治体は、都道府県名から書いてください（例: 新潟県新発田市）。「{text}」")
    name = text[len(prefecture) :]
    if any(p in name for p in PREFECTURES):
        # 「新潟県新潟県新発田市」 (the prefecture typed twice) registered 「新潟県新発田市」 under 新潟県 (walked): a
        # municipality's name holds no prefecture's
        raise AccountError(
            f"「{text}」は都道府県名が重なっています。都道府県名は一度だけ書いてください（例: 新潟県新発田市）。"
        )
    if not re.fullmatch(f"[{NAME_CHARS}]+", name) or not name.endswith(MUNICIPALITY_ENDINGS):
        raise AccountError(
            f"「{name}」は市区町村の名称として登録できません（「…市」「…区」「…町」「…村」）。名称を確かめてください。"
        )
    if Municipality.objects.filter(name=name, prefecture="").exists():
        raise AccountError(
            f"自治体「{name}」（都道府県なし）が登録されています。同じ自治体なら --new-municipality を付けずに"
            f" --municipality {name} で指定してください。"
        )
    return Municipality(name=name, prefecture=prefecture)


def find_departments(municipality: Municipality, names: Iterable[str]) -> list[Department]:
    """Departments of the municipality by exact name; unknown names are refused, all listed at once."""
    wanted = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    found = {d.name: d for d in Department.objects.filter(municipality=municipality, name__in=wanted)}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise AccountError(f"{municipality}に担当課「{'」「'.join(missing)}」はありません。")
    return [found[n] for n in wanted]


def check_password(password: str, user: AbstractBaseUser) -> None:
    """Django's password validators (length, similarity to the user name, common, numeric)."""
    if not password:
        raise AccountError("パスワードが空です。")
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise AccountError(f"パスワードが条件を満たしません: {_messages(exc)}") from None


def _check_membership(membership: Membership, departments: Sequence[Department]) -> None:
    try:
        membership.clean()
    except ValidationError as exc:
        raise AccountError(_messages(exc)) from None
    check_departments(membership, departments)


def check_departments(membership: Membership, departments: Sequence[Department]) -> None:
    """Only editors have departments, at least one, all of their own municipality."""
    if departments and membership.role != Role.EDITOR:
        raise AccountError("担当課を指定できるのは役割「担当課」（editor）だけです。")
    if membership.role == Role.EDITOR and not departments:
        raise AccountError("役割「担当課」（editor）には担当課を1つ以上指定してください。")
    strangers = [d.name for d in departments if d.municipality_id != membership.municipality_id]
    if strangers:
        raise AccountError(
            f"担当課「{'」「'.join(strangers)}」は{membership.municipality}のものではありません。"
        )


def new_user(
    username: str,
    *,
    role: str | None,
    municipality: Municipality | None = None,
    prefecture: str = "",
    departments: Sequence[Department] = (),
    email: str = "",
    superuser: bool = False,
) -> tuple[Any, Membership | None]:
    """The unsaved user and membership, after checking everything but the password."""
    User = get_user_model()
    username = (username or "").strip()
    if not username:
        raise AccountError("ユーザー名を指定してください。")
    try:
        User.username_validator(username)
    except ValidationError:
        raise AccountError(
            f"ユーザー名「{username}」は使えません（{USERNAME_CHARACTERS} の150文字以内。空白は使えません）。"
        ) from None
    if len(username) > 150:
        raise AccountError("ユーザー名は150文字以内にしてください。")
    if User.objects.filter(username__iexact=username).exists():
        raise AccountError(f"ユーザー名「{username}」はすでに使われています。")
    email = (email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise AccountError(f"メールアドレス「{email}」の形式が正しくありません。") from None
    if role is None and not superuser:
        raise AccountError("役割（plan_office / editor / viewer）を指定してください。")
    if role is not None and role not in Role.values:
        raise AccountError(f"役割「{role}」はありません（plan_office / editor / viewer のいずれか）。")
    prefecture = (prefecture or "").strip()
    if prefecture and prefecture not in PREFECTURES:
        raise AccountError(f"都道府県「{prefecture}」はありません（例: 新潟県）。")
    membership = None
    if role is not None:
        membership = Membership(role=role, municipality=municipality, prefecture=prefecture)
        _check_membership(membership, departments)
    elif municipality is not None or prefecture or departments:
        raise AccountError("自治体・都道府県・担当課を指定するときは役割も指定してください。")

    return User(username=username, email=email, is_staff=superuser, is_superuser=superuser), membership


def create_user(
    username: str,
    password: str,
    *,
    role: str | None,
    municipality: Municipality | None = None,
    prefecture: str = "",
    departments: Sequence[Department] = (),
    email: str = "",
    superuser: bool = False,
) -> Any:
    """Create an active user with one role (or an installation administrator, with or without one)."""
    user, membership = new_user(
        username, role=role, municipality=municipality, prefecture=prefecture,
        departments=departments, email=email, superuser=superuser,
    )  # fmt: skip
    check_password(password, user)
    registers = municipality is not None and municipality.pk is None  # ``new_municipality``'s, saved with the user
    with transaction.atomic():
        if registers:
            municipality.save()
        user.set_password(password)
        user.save()
        if membership is not None:
            membership.user = user
            membership.save()
            membership.departments.set(departments)
    details = _describe(user, membership, departments)
    if registers:
        details["municipality_registered"] = True
    record(Kind.USER_CREATED, obj=user, details=details)
    return user


def _describe(user: Any, membership: Membership | None, departments: Sequence[Department]) -> dict[str, Any]:
    """The role of a user as the audit log keeps it."""
    if membership is None:
        return {"username": user.get_username(), "superuser": bool(user.is_superuser)}
    return {
        "username": user.get_username(),
        "role": membership.role,
        "municipality": str(membership.municipality or ""),
        "prefecture": membership.prefecture,
        "departments": [d.name for d in departments],
        "superuser": bool(user.is_superuser),
    }


def change_role(user: Any, *, role: str, departments: Sequence[Department] = ()) -> Membership:
    """Change the role (and, for an editor, the departments) of a user within their municipality."""
    membership = Membership.objects.filter(user=user).first()
    if membership is None:
        raise AccountError(f"{user} には役割がありません（管理サイトで設定してください）。")
    if role not in Role.values:
        raise AccountError(f"役割「{role}」はありません。")
    before = {"role": membership.role, "departments": [d.name for d in membership.departments.all()]}
    membership.role = role
    _check_membership(membership, departments)
    with transaction.atomic():
        membership.save()
        membership.departments.set(departments)
    record(
        Kind.USER_CHANGED,
        obj=user,
        details={"before": before, "after": _describe(user, membership, departments)},
    )
    return membership


def set_active(user: Any, active: bool) -> None:
    """Deactivate (never delete) or reactivate a user; a deactivated user cannot log in."""
    if user.is_active != active:
        user.is_active = active
        user.save(update_fields=["is_active"])
        record(Kind.USER_CHANGED, obj=user, details={"username": user.get_username(), "is_active": active})


# --- which users a plan office may manage ---------------------------------------------------------


def manageable_users(actor: Any, municipality: Municipality) -> QuerySet:
    """Users with a role in the municipality, as the actor may manage them.

    Installation administrators are left out for everyone but another administrator: a plan office
    must not be able to deactivate or demote them. The caller has checked ``manage_users`` already.
    """
    users = (
        get_user_model()
        .objects.filter(membership__municipality=municipality)
        .select_related("membership")
        .prefetch_related("membership__departments")
        .order_by("-is_active", "username")
    )
    if not getattr(actor, "is_superuser", False):
        users = users.filter(is_superuser=False)
    return users


def check_manageable(actor: Any, target: Any) -> None:
    """Refuse changes an actor may not make to a user even within their municipality."""
    if target.pk == actor.pk:
        raise AccountError(
            "自分自身の役割の変更や利用停止はできません（別の計画担当か管理者に依頼してください）。"
        )
    if target.is_superuser and not actor.is_superuser:
        raise AccountError("システム管理者は変更できません。")


def users_without_role() -> QuerySet:
    """Users no municipality lists (installation administrators and accounts not set up yet)."""
    return get_user_model().objects.filter(Q(membership__isnull=True)).order_by("username")
