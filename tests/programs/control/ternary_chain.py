def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"


for s in range(65, 100, 8):
    print(s, grade(s))
