print("lagom")
