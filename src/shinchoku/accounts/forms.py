"""Forms of the user management pages (a plan office creates and edits its municipality's users)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from shinchoku.plans.models import Department, Municipality

from .models import USERNAME_CHARACTERS, Role


class DepartmentsField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj: Department) -> str:
        return obj.name


class RoleForm(forms.Form):
    """Role and, for a department editor, the departments of the municipality."""

    role = forms.ChoiceField(label=_("役割"), choices=Role.choices, widget=forms.RadioSelect)
    departments = DepartmentsField(
        label=_("担当課"), queryset=Department.objects.none(), required=False,
        help_text=_("役割が「担当課」のときに、報告を編集できる課を選びます。"),
    )  # fmt: skip
    email = forms.EmailField(
        label=_("メールアドレス"), required=False, help_text=_("督促メールの宛先（任意）")
    )

    def __init__(self, *args: Any, municipality: Municipality, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.municipality = municipality
        self.fields["departments"].queryset = Department.objects.filter(municipality=municipality).order_by(
            "name"
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        role, departments = cleaned.get("role"), list(cleaned.get("departments") or [])
        if role == Role.EDITOR and not departments:
            self.add_error("departments", _("役割が「担当課」のときは、担当課を1つ以上選んでください。"))
        elif role and role != Role.EDITOR and departments:
            self.add_error("departments", _("担当課を選べるのは役割が「担当課」のときだけです。"))
        return cleaned


class UserCreateForm(RoleForm):
    """A new user of the municipality, with the initial password the plan office hands over."""

    username = forms.CharField(
        label=_("ユーザー名"), max_length=150,
        help_text=_("ログインに使います。%(characters)s が使えます（空白は使えません）。")
        % {"characters": USERNAME_CHARACTERS},
        validators=[get_user_model().username_validator],
    )  # fmt: skip
    password1 = forms.CharField(
        label=_("初期パスワード"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )  # fmt: skip
    password2 = forms.CharField(
        label=_("初期パスワード（確認）"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )  # fmt: skip

    field_order = ["username", "email", "role", "departments", "password1", "password2"]

    def clean_username(self) -> str:
        username = self.cleaned_data["username"].strip()
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("このユーザー名はすでに使われています。"))
        return username

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("確認のパスワードが一致しません。"))
        elif first:
            user = get_user_model()(username=cleaned.get("username", ""), email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(first, user)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned


class TokenForm(forms.Form):
    """A 6-digit code of an authenticator app (TOTP)."""

    token = forms.RegexField(
        label=_("確認コード（6桁）"), regex=r"^\s*\d{6}\s*$", max_length=12,
        error_messages={"invalid": _("確認コードは6桁の数字で入力してください。")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )  # fmt: skip

    def clean_token(self) -> str:
        return self.cleaned_data["token"].strip()
