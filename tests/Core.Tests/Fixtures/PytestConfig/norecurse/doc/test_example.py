def test_doc_example():
    pass
