"""What every register's API shares: the public rows for anyone, the reader's scope for the
signed-in (review §4.2, pair 11)."""


class PublicOrScopedViewSetMixin:
    """A viewset over a register (partners, agreements, projects) read by everyone.

    Anyone else than the commune's people and the representatives reads `model.public_objects`
    with `public_serializer_class`; a signed-in person with a role reads
    `model.objects.visible_to(user)` (the scope its app declares in rules.py) with
    `internal_serializer_class`.
    """

    model = None
    public_serializer_class = None
    internal_serializer_class = None

    def internal(self):
        """Signed in with a role: the workspace's scope, not the public register."""
        return self.request.user.has_perm("core.view_workspace")

    def scoped(self, model=None):
        """The rows of `model` (by default the viewset's) this reader may read."""
        model = model or self.model
        if self.internal():
            return model.objects.visible_to(self.request.user)
        return model.public_objects.all()

    def get_serializer_class(self):
        return self.internal_serializer_class if self.internal() else self.public_serializer_class
