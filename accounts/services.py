"""Business rules for accounts: roles and registration."""

from django.contrib.auth.models import Group

from accounts.roles import Role


def assign_role(*, user, role: Role) -> None:
    """Give the user a role by adding them to that role's group."""
    user.groups.add(Group.objects.get(name=role.value))


def has_role(*, user, role: Role) -> bool:
    """Whether the user is in the group of the given role."""
    return user.is_authenticated and user.groups.filter(name=role.value).exists()
