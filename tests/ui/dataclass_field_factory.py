from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    values: list = field(default_factory=lambda: [1, 2])
