"""What people type and what the registry calls it: spellings, filler words, aliases.

One place for the language of search, used both when a service's search document is
built and when a query is read, so both sides agree.
"""
from __future__ import annotations

# Spellings people use for the same word (after lowercasing and dropping punctuation).
SPELLINGS = {
    "akte": "akta", "ektp": "ktp", "ktpel": "ktp", "ppdb": "spmb", "ijin": "izin",
    "praktek": "praktik", "apotik": "apotek", "ambulance": "ambulans", "ambulan": "ambulans",
    "sertipikat": "sertifikat", "ijasah": "ijazah", "legalisasi": "legalisir",
}

# Words that say how or why, not which service ("bikin ktp", "syarat akta lahir").
STOPWORDS = frozenset({
    "dan", "di", "ke", "untuk", "yang", "cara", "buat", "membuat", "bikin", "urus", "ngurus",
    "mengurus", "pembuatan", "pengurusan", "layanan", "pelayanan", "the", "a", "an", "of",
    "for", "how", "to", "get", "my", "mau", "ingin", "pengen", "gimana", "bagaimana", "apa",
    "saya", "aku", "dimana", "mana", "bisa", "dong", "nya", "syarat", "persyaratan",
    "biaya", "berapa", "harga", "tarif", "lama", "mengajukan", "ajukan", "pengajuan",
    "online", "tolong", "info", "informasi", "prosedur", "dengan", "atau", "dari", "ya",
})

# Plain-language names added to a service's search document when its name or own
# synonyms contain the trigger phrase: what citizens call the same thing.
CONCEPTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ktp", ("ektp", "ktp el", "kartu tanda penduduk", "kartu identitas penduduk")),
    ("kartu keluarga", ("kk", "kartu keluarga")),
    ("kk", ("kartu keluarga",)),
    ("kia", ("kartu identitas anak", "ktp anak")),
    ("akta kelahiran", ("akta lahir", "surat lahir", "surat kenal lahir", "lahiran")),
    ("akta kematian", ("surat kematian", "surat meninggal", "orang meninggal")),
    ("akta perkawinan", ("surat nikah", "buku nikah", "catat nikah")),
    ("akta perceraian", ("surat cerai", "cerai")),
    ("pbg", ("imb", "izin mendirikan bangunan", "izin bangun", "persetujuan bangunan")),
    ("imb", ("pbg", "persetujuan bangunan gedung")),
    ("nib", ("izin usaha", "surat izin usaha", "siup", "tdp", "oss", "buka usaha",
             "izin berusaha")),
    ("pbb", ("pajak bumi dan bangunan", "pajak tanah", "pajak rumah", "sppt")),
    ("spmb", ("ppdb", "daftar sekolah", "pendaftaran sekolah", "sekolah baru", "murid baru",
              "siswa baru")),
    ("mutasi siswa", ("pindah sekolah",)),
    ("sktm", ("surat miskin", "surat tidak mampu", "keterangan miskin")),
    ("kir", ("uji kendaraan", "uji kir", "kir mobil")),
    ("ambulans", ("ambulans", "mobil ambulans", "gawat darurat")),
    ("reklame", ("iklan", "baliho", "spanduk", "pasang iklan", "pasang baliho",
                 "pasang spanduk")),
    ("skpwni", ("surat pindah", "pindah domisili", "pindah alamat")),
    ("sip", ("izin praktik", "izin dokter", "izin bidan")),
    ("apotek", ("izin apotek", "buka apotek")),
    ("paud", ("izin tk", "izin paud")),
    ("pbi", ("bpjs gratis", "bpjs", "kis")),
    ("surat keterangan sehat", ("surat sehat", "surat dokter", "keterangan dokter")),
    ("bphtb", ("pajak jual beli", "pajak beli tanah", "balik nama")),
    ("npwpd", ("pajak restoran", "pajak hotel", "pajak daerah")),
    ("santunan kematian", ("uang duka", "bantuan kematian")),
    ("spp irt", ("pirt", "izin makanan", "izin produk rumahan")),
    ("slhs", ("sertifikat higiene", "izin rumah makan", "izin katering")),
    ("trayek", ("izin angkot", "izin angkutan")),
    ("sktt", ("orang asing", "wna")),
    ("legalisir", ("cap basah", "fotokopi legalisir")),
    ("biodata", ("ganti data", "salah nama", "ubah data", "salah nama kk", "data kk salah")),
)

# The life-event categories in words people use, in Indonesian and English.
CATEGORY_WORDS = {
    "kelahiran": "kelahiran lahir birth",
    "kematian": "kematian meninggal death",
    "perkawinan": "perkawinan nikah kawin marriage",
    "kependudukan": "kependudukan identitas dukcapil civil registration",
    "pindah": "pindah domisili moving",
    "usaha": "usaha bisnis business",
    "pendidikan": "pendidikan sekolah education school",
    "pajak": "pajak tax",
    "kesehatan": "kesehatan sehat health",
}

PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
            "ber", "be", "ke", "di", "ter")
SUFFIXES = ("kan", "an", "nya", "i")
STEM_MIN = 4


def stem(word: str) -> str:
    """A rough Indonesian stem ("pendaftaran" -> "daftar", "berusaha" -> "usaha"), so a
    word people type matches its derived forms; short or numeric words stay as they are."""
    if len(word) < STEM_MIN + 2 or not word.isalpha():
        return word
    found = word
    for suffix in SUFFIXES:
        if found.endswith(suffix) and len(found) - len(suffix) >= STEM_MIN:
            found = found[: -len(suffix)]
            break
    for prefix in PREFIXES:
        if found.startswith(prefix) and len(found) - len(prefix) >= STEM_MIN:
            found = found[len(prefix):]
            break
    return found
