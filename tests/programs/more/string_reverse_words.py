sentence = "  the sky   is blue  "
print("|" + " ".join(reversed(sentence.split())) + "|")
print("|" + " ".join(w[::-1] for w in sentence.split()) + "|")
print([w.capitalize() for w in sentence.split()], sentence.count(" "), sentence.strip().title())
