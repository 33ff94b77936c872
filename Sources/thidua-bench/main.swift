print("benchmark: see below")
