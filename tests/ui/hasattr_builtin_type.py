print(hasattr("text", "upper"))
