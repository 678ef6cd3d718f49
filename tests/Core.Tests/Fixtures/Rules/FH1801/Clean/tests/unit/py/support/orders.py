def make_order(total):
    return {"total": total}
