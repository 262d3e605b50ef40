"""Page routing from a site root in one query.

Wagtail's own routing walks the URL one level at a time, and each level costs two queries
(the child by its slug, then its specific row with every StreamField decoded): six for a
quiz under /academy/<course>/<quiz>/, on every request, before the page's own work starts.
Here the pages along the path are read in one query and walked as Wagtail walks them; only
the page that answers is loaded. Whenever the walk meets something it does not reproduce
exactly (a page class with its own ``route``, a child that is not there), it hands the rest
of the path to Wagtail's own ``route`` from the last page it reached, so the result is the one
Wagtail gives on any consistent page tree. Two damaged trees differ: a parent whose stored
child count (``numchild``) is wrongly 0 still leads to its children here (treebeard then
hides them from Wagtail: a 404), and of two siblings sharing a slug one is served here
(Wagtail fails with a server error). ``manage.py fixtree`` repairs the first; the admin
refuses the second.
"""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

#: Levels read in the one query; a deeper path goes on with Wagtail's routing from there.
MAX_LEVELS = 12


def _stops_the_walk(model, live, remaining) -> bool:
    """Whether a page of this class may answer the rest of the path itself: its class routes
    in its own way, or it is a live routable page with a URL for it."""
    if model.route is Page.route:
        return False
    if model.route is not RoutablePageMixin.route:
        return True
    if not live:
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Http404:
        return False
    return True


def _pages_along(root, path_components):
    """The pages that could sit along the path: at each depth below the root, those with
    that level's slug; keyed by (parent path, slug)."""
    at_each_level = reduce(
        or_,
        (
            Q(depth=root.depth + level, slug=slug)
            for level, slug in enumerate(path_components, start=1)
        ),
    )
    rows = Page.objects.filter(at_each_level, path__startswith=root.path).values_list(
        "pk", "path", "slug", "live", "content_type_id"
    )
    return {
        (path[: -Page.steplen], slug): (pk, path, live, kind) for pk, path, slug, live, kind in rows
    }


def route_from_root(root, request, path_components, wagtail_route):
    """Route ``path_components`` from ``root`` (a specific page whose own routing is
    ``Page.route``'s) exactly as Wagtail would; ``wagtail_route`` is that routing, used when
    the walk cannot start."""
    levels = path_components[:MAX_LEVELS]
    if not levels:
        return wagtail_route(request, path_components)
    pages = _pages_along(root, levels)
    parent_path, reached, consumed = root.path, None, 0
    for slug in levels:
        child = pages.get((parent_path, slug))
        model = child and ContentType.objects.get_for_id(child[3]).model_class()
        if model is None:
            break
        pk, parent_path, live, _kind = child
        reached, consumed = (model, pk), consumed + 1
        remaining = path_components[consumed:]
        if remaining and _stops_the_walk(model, live, remaining):
            break
    if reached is None:
        return wagtail_route(request, path_components)
    model, pk = reached
    try:
        page = model.objects.get(pk=pk)
    except model.DoesNotExist:
        return wagtail_route(request, path_components)
    return page.route(request, path_components[consumed:])
