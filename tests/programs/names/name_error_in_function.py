def report():
    return summary


summery = "typo"
if False:
    summary = "never"
print(report())
