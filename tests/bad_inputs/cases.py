"""Generate the bad-input corpus (see README.md) into a folder; return the expectations."""

from __future__ import annotations

import codecs
import random
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PUTUO = "004_5476e208bf7b0eea.txt"
MINHANG = "003_54bb072f99b94610.txt"
SONGJIANG = "000_43c79211723ad013.txt"
LARGE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Expect:
    """What one file must produce: an ``error`` code, or a document (``encoding``…)."""

    error: str | None = None
    encoding: str | None = None
    district: str | None = None
    year: int | None = None
    warning: str | None = None


XUHUI = """上海市徐汇区科学技术委员会

２０２４年徐汇区科学技术委员会工作要点

２０２４年是实施“十四五”规划的关键一年。

一、强化企业创新主体地位

（一）培育科技企业。全年新认定高新技术企业１２０家，技术合同成交额达到８５亿元，\
研发投入强度力争达到４．５％。

                 上海市徐汇区科学技术委员会
                       ２０２４年３月１日
"""

PUDONG = """浦东新区科技和经济委员会2024年工作要点

一、提升创新策源能力

（一）壮大创新主体。有效期内高新技术企业总数突破5000家，新增市级科技小巨人企业30家。
"""

HAIDIAN = """北京市海淀区科学技术委员会2024年工作要点

一、加强创新主体培育

（一）全年新认定高新技术企业300家。
"""

NO_DISTRICT = """工作要点

一、加强企业培育

新增科技型中小企业20家，支持企业开展研发活动。
"""

NOT_FIGURES = """上海市普陀区科学技术委员会文件

普科委〔2024〕2号

2024年普陀区科学技术委员会工作计划

一、推进数字基础设施

（一）推进G60科创走廊合作，加快5G网络和5.5G试点建设，完成IPv6改造，\
推进“151”项目，发布“人才18条”，落实7*24小时值班，申报H25重大项目，参加第五届论坛。

                 上海市普陀区科学技术委员会
                       2024年2月6日
"""


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def build_corpus(folder: Path, *, large: bool = True) -> dict[str, Expect]:
    """Write every case into ``folder``; return file name → expectation."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, Expect] = {}

    def put(name: str, data: bytes, expect: Expect) -> None:
        (folder / name).write_bytes(data)
        cases[name] = expect

    putuo = codecs.BOM_UTF8 + _seed(PUTUO).encode("utf-8")
    put("bom_putuo.txt", putuo, Expect(encoding="utf-8-sig", district="putuo", year=2024))
    put("duplicate_of_putuo.txt", putuo, Expect(warning="duplicate_document"))
    put("gb18030_minhang.txt", _seed(MINHANG).encode("gb18030"),
        Expect(encoding="gb18030", district="minhang", year=2023))
    put("crlf_songjiang.txt", _seed(SONGJIANG).replace("\n", "\r\n").encode("utf-8"),
        Expect(encoding="utf-8", district="songjiang", year=2024))
    put("fullwidth_xuhui.txt", XUHUI.encode("utf-8"),
        Expect(encoding="utf-8", district="xuhui", year=2024))
    put("pudong_plan.txt", PUDONG.encode("gb18030"),
        Expect(encoding="gb18030", district="pudong", year=2024))
    put("haidian_plan.txt", HAIDIAN.encode("utf-8"),
        Expect(encoding="utf-8", year=2024, warning="district_outside_shanghai"))
    put("no_district_no_year.txt", NO_DISTRICT.encode("utf-8"),
        Expect(encoding="utf-8", warning="district_unknown"))
    put("not_figures.txt", NOT_FIGURES.encode("utf-8"),
        Expect(encoding="utf-8", district="putuo", year=2024))

    put("empty.txt", b"", Expect(error="empty"))
    put("blank.txt", b"  \n\r\n \t\n", Expect(error="empty"))
    rnd = random.Random(6)
    put("binary.dat", bytes(rnd.randrange(256) for _ in range(4096)) + b"\x00\x00",
        Expect(error="binary"))
    whole = "松江区科学技术委员会2024年工作要点".encode()
    put("truncated.txt", whole[:-2], Expect(error="truncated"))
    put("latin1.txt", "Café déjà vu\n".encode("latin-1") + b"\xff\x80\xff",
        Expect(error="undecodable"))
    put("report.docx", b"PK\x03\x04" + bytes(200), Expect(error="unsupported_format"))
    put("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", Expect(error="unsupported_format"))
    put("page.html", b"<html><body>hi</body></html>", Expect(error="unsupported_format"))
    put("disguised.txt", "<!DOCTYPE html>\n<html><body>松江区</body></html>".encode(),
        Expect(error="unsupported_format"))
    if large:
        line = "松江区科学技术委员会工作要点，高新技术企业总数达到3000家。\n".encode()
        with open(folder / "huge.txt", "wb") as fh:
            written = 0
            block = line * 4096
            while written < LARGE_BYTES:
                fh.write(block)
                written += len(block)
        cases["huge.txt"] = Expect(error="too_large")
    return cases
