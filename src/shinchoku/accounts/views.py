"""Account pages: user management for a plan office, password change.

Every user-management view asks ``can(user, "manage_users", municipality)`` (through ``require``)
before it reads anything about the municipality's users, so a refused response names nobody.
Users are never deleted here: they are deactivated and can be reactivated.
"""

from __future__ import annotations

from base64 import b32encode
from typing import Any

import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from shinchoku.audit.models import Kind, Result
from shinchoku.audit.recorder import record
from shinchoku.plans.models import Municipality

from . import services
from .forms import RoleForm, TokenForm, UserCreateForm
from .mfa import confirmed_device, mfa_required
from .permissions import can, membership, require

User = get_user_model()


def _municipality(request: HttpRequest, pk: int) -> Municipality:
    municipality = get_object_or_404(Municipality, pk=pk)
    require(request.user, "manage_users", municipality)
    return municipality


def _target(request: HttpRequest, pk: int) -> tuple[Any, Municipality]:
    """A user of a municipality the requester manages; administrators are hidden from plan offices."""
    target = get_object_or_404(
        User.objects.select_related("membership__municipality"), pk=pk, membership__municipality__isnull=False
    )
    municipality = target.membership.municipality
    require(request.user, "manage_users", municipality)
    if target.is_superuser and not request.user.is_superuser:
        raise Http404
    return target, municipality


@login_required
def user_index(request: HttpRequest) -> HttpResponse:
    """A plan office goes to its municipality's list; the administrator picks a municipality."""
    mine = membership(request.user)
    own = mine.municipality if mine is not None else None
    if own is not None and not request.user.is_superuser and can(request.user, "manage_users", own):
        return redirect("municipality-users", own.pk)
    municipalities = [
        m
        for m in Municipality.objects.annotate(
            n_users=Count("memberships", filter=Q(memberships__user__is_active=True))
        ).order_by("code", "name")
        if can(request.user, "manage_users", m)
    ]
    if not municipalities:
        raise PermissionDenied
    return render(
        request,
        "accounts/user_index.html",
        {
            "municipalities": municipalities,
            "without_role": services.users_without_role() if request.user.is_superuser else [],
        },
    )


@login_required
def municipality_users(request: HttpRequest, pk: int) -> HttpResponse:
    municipality = _municipality(request, pk)
    members = list(services.manageable_users(request.user, municipality))
    return render(request, "accounts/user_list.html", {"municipality": municipality, "members": members})


@login_required
def user_create(request: HttpRequest, pk: int) -> HttpResponse:
    municipality = _municipality(request, pk)
    form = UserCreateForm(request.POST or None, municipality=municipality)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created = services.create_user(
                data["username"], data["password1"], role=data["role"], municipality=municipality,
                departments=list(data["departments"]), email=data["email"],
            )  # fmt: skip
        except services.AccountError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("利用者「%(name)s」を作成しました。") % {"name": created.username})
            return redirect("municipality-users", municipality.pk)
    return render(
        request, "accounts/user_form.html", {"municipality": municipality, "form": form, "target": None}
    )


@login_required
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    target, municipality = _target(request, pk)
    back = reverse("municipality-users", args=[municipality.pk])
    try:
        services.check_manageable(request.user, target)
    except services.AccountError as exc:
        messages.error(request, str(exc))
        return redirect(back)
    initial = {
        "role": target.membership.role,
        "departments": list(target.membership.departments.all()),
        "email": target.email,
    }
    form = RoleForm(request.POST or None, municipality=municipality, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.change_role(target, role=data["role"], departments=list(data["departments"]))
        except services.AccountError as exc:
            form.add_error(None, str(exc))
        else:
            if target.email != data["email"]:
                target.email = data["email"]
                target.save(update_fields=["email"])
            messages.success(
                request, _("利用者「%(name)s」の役割を保存しました。") % {"name": target.username}
            )
            return redirect(back)
    return render(
        request, "accounts/user_form.html", {"municipality": municipality, "form": form, "target": target}
    )


@login_required
@require_POST
def user_set_active(request: HttpRequest, pk: int) -> HttpResponse:
    """Deactivate (never delete) or reactivate a user: POST active=0 or active=1."""
    target, municipality = _target(request, pk)
    active = request.POST.get("active") == "1"
    try:
        services.check_manageable(request.user, target)
    except services.AccountError as exc:
        messages.error(request, str(exc))
    else:
        services.set_active(target, active)
        message = (
            _("利用者「%(name)s」の利用を再開しました。")
            if active
            else _("利用者「%(name)s」の利用を停止しました。")
        )
        messages.success(request, message % {"name": target.username})
    return redirect("municipality-users", municipality.pk)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("password_change_done")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        record(Kind.PASSWORD_CHANGED, obj=self.request.user)
        return response


password_change = PasswordChangeView.as_view()
password_change_done = auth_views.PasswordChangeDoneView.as_view(
    template_name="accounts/password_change_done.html"
)


# --- two-factor authentication (TOTP) --------------------------------------------------------------


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("home")


def _qr_svg(uri: str) -> str:
    """The otpauth URI as an inline SVG QR code (segno: pure Python, offline)."""
    return segno.make(uri, error="m").svg_inline(scale=4, title="QRコード")


@login_required
def mfa_setup(request: HttpRequest) -> HttpResponse:
    """Show a new TOTP secret (text, otpauth URI, QR code); a correct code confirms the device."""
    user = request.user
    if confirmed_device(user) is not None:
        messages.info(request, _("二要素認証はすでに設定されています。"))
        return redirect(_next(request))
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="TOTP", confirmed=False)
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            record(Kind.MFA_SETUP, obj=user)
            messages.success(
                request, _("二要素認証を設定しました。次回からログイン時に確認コードを入力します。")
            )
            return redirect(_next(request))
        record(Kind.MFA_FAILED, result=Result.FAILURE, details={"step": "setup"})
        form.add_error(
            "token", _("確認コードが正しくありません。認証アプリの最新のコードを入力してください。")
        )
        status = 400
    secret = b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "uri": device.config_url,
        "qr": _qr_svg(device.config_url),
        "required": mfa_required(user),
        "next": _next(request),
    }
    return render(request, "accounts/mfa_setup.html", context, status=status)


@login_required
def mfa_verify(request: HttpRequest) -> HttpResponse:
    """The code after the password, for a user with a confirmed device."""
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_next(request))
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        allowed, _why = device.verify_is_allowed()
        if allowed and device.verify_token(form.cleaned_data["token"]):
            otp_login(request, device)
            record(Kind.MFA_VERIFIED)
            return redirect(_next(request))
        record(Kind.MFA_FAILED, result=Result.FAILURE, details={"step": "login", "throttled": not allowed})
        message = (
            _("確認コードが正しくありません。")
            if allowed
            else _("確認コードの誤りが続いたため、しばらく待ってから入力してください。")
        )
        form.add_error("token", message)
        status = 400
    return render(request, "accounts/mfa_verify.html", {"form": form, "next": _next(request)}, status=status)
