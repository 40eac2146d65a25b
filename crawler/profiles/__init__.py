"""Site profiles: one declarative TOML file per site (see docs/profiles.md)."""

from ._apply import ProfileResult, apply_profile
from ._hooks import HOOKS, register_hook
from ._load import (ProfileError, default_profile_dirs, load_profile, load_profiles, load_profiles_from,
                    load_profiles_with)
from ._model import Discovery, FetchHints, ItemRule, Layout, Profile
from ._registry import ProfileRegistry, default_registry

__all__ = [
    "HOOKS",
    "Discovery",
    "FetchHints",
    "ItemRule",
    "Layout",
    "Profile",
    "ProfileError",
    "ProfileRegistry",
    "ProfileResult",
    "apply_profile",
    "default_profile_dirs",
    "default_registry",
    "load_profile",
    "load_profiles",
    "load_profiles_from",
    "load_profiles_with",
    "register_hook",
]
