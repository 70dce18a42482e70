"""Union-find (disjoint sets) over dense integer ids, with path halving and union by size."""

from __future__ import annotations

__all__ = ["UnionFind"]


class UnionFind:
    __slots__ = ("_parent", "_size")

    def __init__(self) -> None:
        self._parent: list[int] = []
        self._size: list[int] = []

    def add(self) -> int:
        """A new singleton set; its id (0, 1, 2 …)."""
        self._parent.append(len(self._parent))
        self._size.append(1)
        return len(self._parent) - 1

    def find(self, item: int) -> int:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> int:
        """Join the sets of ``a`` and ``b``; the root of the result."""
        a, b = self.find(a), self.find(b)
        if a == b:
            return a
        if self._size[a] < self._size[b]:
            a, b = b, a
        self._parent[b] = a
        self._size[a] += self._size[b]
        return a

    def __len__(self) -> int:
        return len(self._parent)
