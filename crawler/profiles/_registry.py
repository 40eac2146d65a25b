"""Finding the profile for a URL."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .._urls import host_of
from ._load import load_profiles_from, load_profiles_with
from ._model import Profile
from ._selectors import compile_selectors


class ProfileRegistry:
    """Profiles indexed by host; the most specific host wins ("news.example.com" over "example.com")."""

    def __init__(self, profiles: Iterable[Profile] = ()) -> None:
        self.profiles: list[Profile] = list(profiles)
        self._by_host: dict[str, Profile] = {}
        for p in self.profiles:
            for h in p.hosts:
                self._by_host[h] = p

    @classmethod
    def from_dirs(cls, dirs: Iterable[str | Path] | None = None, *, bundled: bool = True) -> "ProfileRegistry":
        """The profiles of `dirs` added to the bundled ones, as `crawl --profiles`, crawl.toml's `profiles` and
        `ExtractConfig(profile_dirs=…)` add them: a profile of `dirs` replaces a bundled one for the hosts it
        claims. With `bundled=False`, the profiles of `dirs` alone. Without `dirs`, the bundled profiles (or
        those of $CRAWLER_PROFILES). A directory that does not exist or holds no profile, or an invalid profile,
        raises ProfileError (one line naming the file and key)."""
        if bundled:
            return cls(load_profiles_with(dirs))
        return cls(load_profiles_from(dirs or ()))

    def __len__(self) -> int:
        return len(self.profiles)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.profiles)

    def get(self, profile_id: str) -> Profile | None:
        for p in self.profiles:
            if p.id == profile_id or p.name == profile_id:
                return p
        return None

    def for_host(self, host: str | None) -> Profile | None:
        if not host:
            return None
        labels = host.lower().rstrip(".").split(".")
        for i in range(len(labels) - 1):
            found = self._by_host.get(".".join(labels[i:]))
            if found is not None:
                return found
        return None

    def for_url(self, url: str | None) -> Profile | None:
        return self.for_host(host_of(url))

    def compile_all(self) -> int:
        """Compile every selector of every profile now (they are otherwise compiled on first use); returns
        how many. The extraction fork server does this once, so its workers share the compiled selectors."""
        return sum(compile_selectors(p) for p in self.profiles)


@lru_cache(maxsize=1)
def default_registry() -> ProfileRegistry:
    """The profiles in the default directories, loaded once per process."""
    return ProfileRegistry.from_dirs()
