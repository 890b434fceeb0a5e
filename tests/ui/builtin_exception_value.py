err = ValueError("bad")
kinds = [KeyError, IndexError]
