"""What the miss-classifying scripts (relation-misses.py, figure-misses.py) share: the
shared scorer loaded as a module, so that they match names, predicates and measures
exactly as ../shared/eval/score does, and kg's extraction read by article file name."""
import glob, importlib.machinery, importlib.util, json, os

SCORE = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score")


def load_scorer():
    loader = importlib.machinery.SourceFileLoader("score", SCORE)
    spec = importlib.util.spec_from_loader("score", loader)
    sc = importlib.util.module_from_spec(spec)
    loader.exec_module(sc)
    return sc


def extractions(path):
    """kg extract --json's lines, by the article's file name."""
    out = {}
    for line in open(path):
        d = json.loads(line)
        out[os.path.basename(d["article"]["path"])] = d
    return out


def gold_files(dirs):
    return [f for g in dirs for f in sorted(glob.glob(os.path.join(g, "*.gold.json")))]


def gold_types(sc, gold):
    """The type of each gold entity, by the squashed form of its name and of each alias."""
    types = {}
    for e in gold.get("entities", []):
        for n in [e.get("name")] + list(e.get("aliases") or []):
            if n:
                types[sc.squash(n)] = e.get("type", "?")
    return types


def sentence_dumps(path):
    """scripts/sentdump's sentences, by the article's file name ({} without a path)."""
    out = {}
    if path:
        for line in open(path):
            d = json.loads(line)
            out[os.path.basename(d["path"])] = d["sentences"]
    return out
