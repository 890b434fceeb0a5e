class Base:
    pass


class Derived(Base):
    pass
