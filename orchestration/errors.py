"""The error a stage raises when it fails on a given input."""

from __future__ import annotations


class StageError(RuntimeError):
    """A stage failed on a given input: `subject` names the file or articles at fault, so that a
    failed run says where to look (the Dagster assets put it in the failure's metadata).
    Picklable (its args are plain strings): it crosses from coding worker processes."""

    def __init__(self, subject: str, detail: str = "") -> None:
        super().__init__(subject, detail)
        self.subject = subject
        self.detail = detail

    @classmethod
    def wrapping(cls, subject: str, cause: BaseException) -> "StageError":
        return cls(subject, f"{type(cause).__name__}: {cause}")

    def __str__(self) -> str:
        return f"{self.subject}: {self.detail}" if self.detail else self.subject
