"""Demonstration data for the fictional region Kota Contoh.

Plain data only, loaded by registry/services/demo.py. Everything here is FICTIONAL demo
content: the city, addresses, phone numbers and e-mail addresses are made up, and every fee
amount outside civil registration is an EXAMPLE marked "(contoh)", not law. Civil-registration
documents are free by law (UU No. 24 Tahun 2013 Pasal 79A).

Each service's "standard" is the current published standard; "history" lists earlier
published versions, oldest first, as partial dicts whose keys override the current standard.
"""
from __future__ import annotations

REGION = {
    "slug": "kota-contoh",
    "name": "Kota Contoh",
    "kind": "kota",
    "timezone": "Asia/Jakarta",
    "works_saturday": False,
    "poster_header": "Pemerintah Kota Contoh",
    "closures": [("2026-12-31", "Penutupan akhir tahun (contoh)")],
    "channels": [
        {
            "kind": "lapor",
            "name": "SP4N-LAPOR!",
            "contact": "SMS 1708",
            "url": "https://www.lapor.go.id",
            "note": (
                "Layanan aspirasi dan pengaduan online rakyat tingkat nasional. Laporan dapat "
                "disampaikan secara anonim atau rahasia melalui situs lapor.go.id atau SMS ke 1708."
            ),
            "note_en": (
                "National online complaints service. Reports can be made anonymously or "
                "confidentially at lapor.go.id or by SMS to 1708."
            ),
        },
        {
            "kind": "kpk",
            "name": "KPK - Pelaporan Gratifikasi",
            "contact": "Call center 198",
            "url": "https://gol.kpk.go.id",
            "note": (
                "Pegawai wajib menolak hadiah terkait pelayanan. Gratifikasi yang terlanjur "
                "diterima dilaporkan ke KPK paling lambat 30 hari kerja melalui aplikasi GOL "
                "(Gratifikasi Online) atau gol.kpk.go.id. Masyarakat dapat bertanya melalui call "
                "center 198."
            ),
            "note_en": (
                "Staff must refuse gifts connected with a service. A gratuity already received "
                "must be reported to the KPK within 30 working days through the GOL (Gratification "
                "Online) app or gol.kpk.go.id. Citizens can ask via call centre 198."
            ),
        },
        {
            "kind": "phone",
            "name": "Inspektorat Kota Contoh",
            "contact": "0800-0000-2026",
            "url": None,
            "note": (
                "Pengawas internal Pemerintah Kota Contoh. Laporkan pungutan liar atau permintaan "
                "imbalan oleh petugas; identitas pelapor dirahasiakan. Nomor telepon fiktif (data "
                "demo)."
            ),
            "note_en": (
                "Internal auditor of the Kota Contoh government. Report illegal levies or requests "
                "for payment by staff; the reporter's identity is kept confidential. Fictional "
                "phone number (demo data)."
            ),
        },
    ],
}

AGENCIES = [
    {
        "slug": "disdukcapil",
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh",
        "name_en": "Population and Civil Registration Office of Kota Contoh",
        "short_name": "Disdukcapil",
        "address": "Jl. Merdeka No. 10, Kota Contoh",
        "phone": "(0000) 123-401",
        "email": "disdukcapil@contoh.go.id",
        "website": None,
        "maklumat": (
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan secara cepat, tepat, transparan, pasti dan gratis, "
            "serta melakukan perbaikan secara terus-menerus. Apabila tidak menepati janji ini, "
            "kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        "maklumat_en": (
            "We hereby declare that we are able to deliver services in accordance with the "
            "established service standards - fast, accurate, transparent, certain and free of "
            "charge - and to improve continuously. If we fail to keep this promise, we are ready "
            "to accept sanctions in accordance with the applicable laws and regulations."
        ),
        "hours": {
            0: ("08:00", "15:30"),
            1: ("08:00", "15:30"),
            2: ("08:00", "15:30"),
            3: ("08:00", "15:30"),
            4: ("08:00", "16:00"),
        },
        "counters": [
            ("Loket 1", "MPP Kota Contoh, Lantai 1"),
            ("Loket 2", "MPP Kota Contoh, Lantai 1"),
            ("Loket 3", "MPP Kota Contoh, Lantai 1"),
            ("Loket Kantor Dinas", "Kantor Disdukcapil, Jl. Merdeka No. 10"),
        ],
        "channels": [
            {
                "kind": "whatsapp",
                "name": "WhatsApp Pengaduan Disdukcapil",
                "contact": "0812-0000-1234",
                "url": None,
                "note": (
                    "Pesan teks saja, dibalas pada jam kerja. Petugas tidak pernah meminta "
                    "transfer uang."
                ),
                "note_en": (
                    "Text messages only, answered during office hours. Staff never ask for money "
                    "transfers."
                ),
            },
        ],
    },
    {
        "slug": "dpmptsp",
        "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Contoh",
        "name_en": "Investment and One-Stop Integrated Service Office of Kota Contoh",
        "short_name": "DPMPTSP",
        "address": "Mal Pelayanan Publik Kota Contoh, Jl. Contoh Raya No. 1, Kota Contoh",
        "phone": "(0000) 123-402",
        "email": "dpmptsp@contoh.go.id",
        "website": "https://perizinan.contoh.go.id",
        "maklumat": (
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan akan "
            "melakukan perbaikan secara terus-menerus. Apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        "maklumat_en": (
            "We hereby declare that we are able to deliver services in accordance with the "
            "established service standards, to fulfil our obligations and to improve continuously. "
            "If we fail to keep this promise, we are ready to accept sanctions in accordance with "
            "the applicable laws and regulations."
        ),
        "hours": {
            0: ("08:00", "15:30"),
            1: ("08:00", "15:30"),
            2: ("08:00", "15:30"),
            3: ("08:00", "15:30"),
            4: ("08:00", "16:00"),
        },
        "counters": [
            ("Loket Perizinan 1", "MPP Kota Contoh, Lantai 2"),
            ("Loket Perizinan 2", "MPP Kota Contoh, Lantai 2"),
            ("Meja Konsultasi", "MPP Kota Contoh, Lantai 2"),
            ("Loket Bantuan OSS", "MPP Kota Contoh, Lantai 2"),
        ],
        "channels": [
            {
                "kind": "whatsapp",
                "name": "WhatsApp Pengaduan DPMPTSP",
                "contact": "0812-0000-2345",
                "url": None,
                "note": "Pengaduan dan konsultasi perizinan, dibalas pada jam kerja.",
                "note_en": "Complaints and permit questions, answered during office hours.",
            },
        ],
    },
    {
        "slug": "disdik",
        "name": "Dinas Pendidikan Kota Contoh",
        "name_en": "Education Office of Kota Contoh",
        "short_name": "Disdik",
        "address": "Jl. Pendidikan No. 5, Kota Contoh",
        "phone": "(0000) 123-403",
        "email": "disdik@contoh.go.id",
        "website": None,
        "maklumat": (
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan akan "
            "melakukan perbaikan secara terus-menerus. Apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        "maklumat_en": (
            "We hereby declare that we are able to deliver services in accordance with the "
            "established service standards, to fulfil our obligations and to improve continuously. "
            "If we fail to keep this promise, we are ready to accept sanctions in accordance with "
            "the applicable laws and regulations."
        ),
        "hours": {
            0: ("07:30", "15:00"),
            1: ("07:30", "15:00"),
            2: ("07:30", "15:00"),
            3: ("07:30", "15:00"),
            4: ("07:30", "15:30"),
        },
        "counters": [
            ("Loket Pendidikan", "MPP Kota Contoh, Lantai 2"),
            ("Loket Kantor Dinas", "Kantor Dinas Pendidikan, Jl. Pendidikan No. 5"),
        ],
        "channels": [
            {
                "kind": "email",
                "name": "Email Pengaduan Dinas Pendidikan",
                "contact": "pengaduan.disdik@contoh.go.id",
                "url": None,
                "note": "Pengaduan SPMB, mutasi dan legalisir; dijawab paling lambat 3 hari kerja.",
                "note_en": (
                    "Complaints about enrolment, transfers and certification; answered within 3 "
                    "working days."
                ),
            },
        ],
    },
    {
        "slug": "bapenda",
        "name": "Badan Pendapatan Daerah Kota Contoh",
        "name_en": "Regional Revenue Agency of Kota Contoh",
        "short_name": "Bapenda",
        "address": "Jl. Keuangan No. 3, Kota Contoh",
        "phone": "(0000) 123-404",
        "email": "bapenda@contoh.go.id",
        "website": "https://pajak.contoh.go.id",
        "maklumat": (
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan akan "
            "melakukan perbaikan secara terus-menerus. Apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        "maklumat_en": (
            "We hereby declare that we are able to deliver services in accordance with the "
            "established service standards, to fulfil our obligations and to improve continuously. "
            "If we fail to keep this promise, we are ready to accept sanctions in accordance with "
            "the applicable laws and regulations."
        ),
        "hours": {
            0: ("08:00", "15:30"),
            1: ("08:00", "15:30"),
            2: ("08:00", "15:30"),
            3: ("08:00", "15:30"),
            4: ("08:00", "16:00"),
        },
        "counters": [
            ("Loket PBB", "MPP Kota Contoh, Lantai 1"),
            ("Loket BPHTB", "MPP Kota Contoh, Lantai 1"),
            ("Loket Pajak Daerah", "MPP Kota Contoh, Lantai 1"),
        ],
        "channels": [
            {
                "kind": "phone",
                "name": "Layanan Informasi Pajak Bapenda",
                "contact": "(0000) 123-499",
                "url": None,
                "note": (
                    "Pembayaran pajak hanya melalui bank, QRIS atau kanal resmi; petugas tidak "
                    "menerima titipan pembayaran."
                ),
                "note_en": (
                    "Taxes are paid only through banks, QRIS or official channels; staff do not "
                    "accept payments on your behalf."
                ),
            },
        ],
    },
    {
        "slug": "dinkes",
        "name": "Dinas Kesehatan Kota Contoh",
        "name_en": "Health Office of Kota Contoh",
        "short_name": "Dinkes",
        "address": "Jl. Sehat No. 7, Kota Contoh",
        "phone": "(0000) 123-405",
        "email": "dinkes@contoh.go.id",
        "website": None,
        "maklumat": (
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan akan "
            "melakukan perbaikan secara terus-menerus. Apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        "maklumat_en": (
            "We hereby declare that we are able to deliver services in accordance with the "
            "established service standards, to fulfil our obligations and to improve continuously. "
            "If we fail to keep this promise, we are ready to accept sanctions in accordance with "
            "the applicable laws and regulations."
        ),
        "hours": {
            0: ("07:30", "14:00"),
            1: ("07:30", "14:00"),
            2: ("07:30", "14:00"),
            3: ("07:30", "14:00"),
            4: ("07:30", "11:00"),
        },
        "counters": [
            ("Loket Kesehatan", "MPP Kota Contoh, Lantai 1"),
            ("Loket Puskesmas Contoh Utara", "Puskesmas Contoh Utara, Jl. Melati No. 2"),
            ("Loket Puskesmas Contoh Selatan", "Puskesmas Contoh Selatan, Jl. Mawar No. 9"),
        ],
        "channels": [
            {
                "kind": "whatsapp",
                "name": "WhatsApp Pengaduan Dinas Kesehatan",
                "contact": "0812-0000-3456",
                "url": None,
                "note": "Untuk keadaan darurat medis hubungi 119, bukan nomor ini.",
                "note_en": "For medical emergencies call 119, not this number.",
            },
        ],
    },
    {
        "slug": "dishub",
        "name": "Dinas Perhubungan Kota Contoh",
        "name_en": "Transportation Office of Kota Contoh",
        "short_name": "Dishub",
        "address": "Jl. Terminal No. 1, Kota Contoh",
        "phone": "(0000) 123-406",
        "email": "dishub@contoh.go.id",
        "website": None,
        "maklumat": (
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan akan "
            "melakukan perbaikan secara terus-menerus. Apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        "maklumat_en": (
            "We hereby declare that we are able to deliver services in accordance with the "
            "established service standards, to fulfil our obligations and to improve continuously. "
            "If we fail to keep this promise, we are ready to accept sanctions in accordance with "
            "the applicable laws and regulations."
        ),
        "hours": {
            0: ("07:30", "14:00"),
            1: ("07:30", "14:00"),
            2: ("07:30", "14:00"),
            3: ("07:30", "14:00"),
            4: ("07:30", "11:00"),
        },
        "counters": [
            ("Loket Perhubungan", "MPP Kota Contoh, Lantai 2"),
            (
                "Loket UPT Pengujian Kendaraan",
                "UPT Pengujian Kendaraan Bermotor, Jl. Lingkar Timur Km 3",
            ),
        ],
        "channels": [
            {
                "kind": "phone",
                "name": "Pengaduan Dinas Perhubungan",
                "contact": "(0000) 123-466",
                "url": None,
                "note": "Pengaduan pelayanan uji berkala dan perizinan angkutan.",
                "note_en": "Complaints about vehicle testing and transport permits.",
            },
        ],
    },
    {
        "slug": "dinsos",
        "name": "Dinas Sosial Kota Contoh",
        "name_en": "Social Affairs Office of Kota Contoh",
        "short_name": "Dinsos",
        "address": "Jl. Kenanga No. 4, Kota Contoh",
        "phone": "(0000) 123-407",
        "email": "dinsos@contoh.go.id",
        "website": None,
        "maklumat": (
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan akan "
            "melakukan perbaikan secara terus-menerus. Apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        "maklumat_en": (
            "We hereby declare that we are able to deliver services in accordance with the "
            "established service standards, to fulfil our obligations and to improve continuously. "
            "If we fail to keep this promise, we are ready to accept sanctions in accordance with "
            "the applicable laws and regulations."
        ),
        "hours": {
            0: ("08:00", "15:30"),
            1: ("08:00", "15:30"),
            2: ("08:00", "15:30"),
            3: ("08:00", "15:30"),
            4: ("08:00", "16:00"),
        },
        "counters": [("Loket Sosial", "MPP Kota Contoh, Lantai 1")],
        "channels": [
            {
                "kind": "desk",
                "name": "Meja Pengaduan Dinas Sosial",
                "contact": "MPP Kota Contoh, Lantai 1",
                "url": None,
                "note": (
                    "Pengaduan langsung pada jam pelayanan; petugas mencatat dan memberi nomor "
                    "tiket."
                ),
                "note_en": (
                    "Complaints in person during service hours; staff record them and give a "
                    "ticket number."
                ),
            },
        ],
    },
]

SERVICES = [
    {
        "slug": "ktp-el",
        "name": "KTP-el (Kartu Tanda Penduduk Elektronik)",
        "name_en": "Electronic ID card (KTP-el)",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "synonyms": (
            "KTP, e-KTP, KTP elektronik, kartu identitas, KTP hilang, KTP rusak, rekam KTP, cetak "
            "KTP"
        ),
        "counters": ["Loket 1", "Loket 2", "Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (60, "minutes"),
            "product": "KTP-el (baru, penggantian karena hilang/rusak, atau perubahan data)",
            "product_en": "KTP-el (new, replacement after loss or damage, or with changed data)",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Telah berusia 17 tahun, sudah kawin atau pernah kawin",
                    "Aged 17 or over, or married or previously married",
                ),
                (
                    "Kartu Keluarga asli atau menyebutkan NIK",
                    "Original family card or the NIK number",
                ),
                (
                    "Surat keterangan kehilangan dari kepolisian (untuk KTP-el yang hilang)",
                    "Police loss report (for a lost KTP-el)",
                ),
                (
                    "KTP-el yang rusak (untuk penggantian karena rusak)",
                    "The damaged KTP-el (for replacement after damage)",
                ),
                (
                    (
                        "Dokumen pendukung perubahan data, misalnya kutipan akta perkawinan (untuk "
                        "perubahan data)"
                    ),
                    (
                        "Supporting document for the change, e.g. marriage certificate (for data "
                        "changes)"
                    ),
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon mengambil nomor antrean dan menyerahkan persyaratan di loket",
                    "text_en": (
                        "The applicant takes a queue number and hands in the requirements at the "
                        "counter"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Petugas memeriksa data pada SIAK dan kelengkapan persyaratan",
                    "text_en": "The officer checks the record in SIAK and the requirements",
                    "actor": "Petugas Loket",
                    "actor_en": "Counter officer",
                    "duration": (10, "minutes"),
                },
                {
                    "text": (
                        "Perekaman biometrik (foto, sidik jari, iris mata, tanda tangan) bagi yang "
                        "belum merekam"
                    ),
                    "text_en": (
                        "Biometric capture (photo, fingerprints, iris, signature) for first-time "
                        "applicants"
                    ),
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (15, "minutes"),
                },
                {
                    "text": "Pencetakan dan personalisasi KTP-el",
                    "text_en": "Printing and personalisation of the KTP-el",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (20, "minutes"),
                },
                {
                    "text": "Pemohon menerima KTP-el dan memeriksa kebenaran data",
                    "text_en": "The applicant receives the KTP-el and checks the data",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 72 Tahun 2022 tentang Standar dan "
                    "Spesifikasi Perangkat Keras, Perangkat Lunak, dan Blangko Kartu Tanda "
                    "Penduduk Elektronik serta Penyelenggaraan Identitas Kependudukan Digital"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-10-15",
            "verified_by": "Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "effective_from": "2026-07-01",
            "change_summary": "Waktu penyelesaian dipersingkat dari 1 hari kerja menjadi 60 menit.",
            "change_summary_en": "Completion time shortened from 1 working day to 60 minutes.",
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "completion": (1, "working_days"),
                "verified_on": "2024-12-20",
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "kartu-keluarga",
        "name": "Kartu Keluarga (KK)",
        "name_en": "Family card (Kartu Keluarga)",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "synonyms": (
            "KK, kartu keluarga, KK baru, tambah anggota keluarga, pisah KK, KK hilang, cetak KK"
        ),
        "counters": ["Loket 1", "Loket 2", "Loket 3", "Loket Kantor Dinas"],
        "online_url": "https://dukcapil.contoh.go.id",
        "standard": {
            "completion": (60, "minutes"),
            "product": "Kartu Keluarga ber-TTE (dicetak pada kertas HVS A4, dilengkapi kode QR)",
            "product_en": (
                "Family card with electronic signature (printed on plain A4 paper, with QR code)"
            ),
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Kartu Keluarga lama (untuk perubahan atau penggantian)",
                    "Old family card (for changes or replacement)",
                ),
                (
                    "Buku nikah/kutipan akta perkawinan (untuk membentuk keluarga baru)",
                    "Marriage book or marriage certificate (to form a new family)",
                ),
                (
                    "Surat Keterangan Pindah (SKPWNI) bagi pendatang",
                    "Certificate of moving (SKPWNI) for people moving in",
                ),
                (
                    "Kutipan akta kelahiran (untuk penambahan anggota keluarga karena kelahiran)",
                    "Birth certificate (to add a newborn to the family)",
                ),
                (
                    "Surat keterangan kehilangan dari kepolisian (untuk KK yang hilang)",
                    "Police loss report (for a lost family card)",
                ),
            ],
            "steps": [
                {
                    "text": (
                        "Pemohon menyerahkan persyaratan di loket atau mengunggahnya melalui "
                        "layanan online"
                    ),
                    "text_en": (
                        "The applicant hands in the requirements at the counter or uploads them "
                        "online"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi dan validasi data",
                    "text_en": "Verification and validation of the data",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (20, "minutes"),
                },
                {
                    "text": "Perekaman perubahan data pada SIAK",
                    "text_en": "Recording the changes in SIAK",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (15, "minutes"),
                },
                {
                    "text": "Penandatanganan elektronik KK",
                    "text_en": "Electronic signing of the family card",
                    "actor": "Kepala Dinas (tanda tangan elektronik)",
                    "actor_en": "Head of office (electronic signature)",
                    "duration": (10, "minutes"),
                },
                {
                    "text": (
                        "Pemohon menerima Kartu Keluarga di loket atau mencetak sendiri dokumen "
                        "ber-TTE dari tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the family card at the counter or prints the "
                        "electronically signed document from the link sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-10-15",
            "verified_by": "Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "effective_from": "2026-07-01",
            "change_summary": "Waktu penyelesaian dipersingkat dari 1 hari kerja menjadi 60 menit.",
            "change_summary_en": "Completion time shortened from 1 working day to 60 minutes.",
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "completion": (1, "working_days"),
                "verified_on": "2024-12-20",
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "kia",
        "name": "Kartu Identitas Anak (KIA)",
        "name_en": "Child identity card (KIA)",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "synonyms": "KIA, kartu anak, identitas anak, KTP anak",
        "counters": ["Loket 1", "Loket 2", "Loket 3"],
        "online_url": None,
        "standard": {
            "completion": (1, "working_days"),
            "product": "Kartu Identitas Anak (untuk anak di bawah 17 tahun dan belum kawin)",
            "product_en": "Child identity card (for children under 17 who are not married)",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                ("Fotokopi kutipan akta kelahiran anak", "Copy of the child's birth certificate"),
                (
                    "Kartu Keluarga asli orang tua/wali",
                    "Original family card of the parents/guardian",
                ),
                ("KTP-el asli kedua orang tua/wali", "Original KTP-el of both parents/guardian"),
                (
                    (
                        "Pas foto berwarna anak ukuran 2x3 sebanyak 2 lembar (untuk anak usia 5 "
                        "tahun ke atas)"
                    ),
                    "Two 2x3 colour photos of the child (for children aged 5 and over)",
                ),
            ],
            "steps": [
                {
                    "text": "Orang tua/wali menyerahkan persyaratan di loket",
                    "text_en": "The parent or guardian hands in the requirements at the counter",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Petugas memverifikasi data anak pada SIAK",
                    "text_en": "The officer verifies the child's record in SIAK",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (30, "minutes"),
                },
                {
                    "text": "Pencetakan KIA",
                    "text_en": "Printing the KIA",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": None,
                },
                {
                    "text": "Orang tua/wali menerima KIA",
                    "text_en": "The parent or guardian receives the KIA",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                "Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak",
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-09-30",
            "verified_by": "Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "akta-kelahiran",
        "name": "Akta Kelahiran",
        "name_en": "Birth certificate",
        "agency": "disdukcapil",
        "category": "kelahiran",
        "synonyms": "akte kelahiran, akte lahir, akta lahir, pencatatan kelahiran, kelahiran bayi",
        "counters": ["Loket 2", "Loket 3", "Loket Kantor Dinas"],
        "online_url": "https://dukcapil.contoh.go.id",
        "standard": {
            "completion": (5, "working_days"),
            "product": "Kutipan Akta Kelahiran ber-TTE",
            "product_en": "Birth certificate with electronic signature",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    (
                        "Surat keterangan kelahiran dari rumah sakit/bidan/puskesmas atau dari "
                        "kepala desa/lurah"
                    ),
                    (
                        "Birth notice from the hospital, midwife or health centre, or from the "
                        "village head"
                    ),
                ),
                (
                    "Buku nikah/kutipan akta perkawinan orang tua",
                    "Parents' marriage book or marriage certificate",
                ),
                (
                    "Kartu Keluarga tempat anak akan didaftarkan",
                    "Family card in which the child will be registered",
                ),
                ("KTP-el orang tua", "Parents' KTP-el"),
                (
                    (
                        "SPTJM kebenaran data kelahiran bermaterai (jika tidak ada surat "
                        "keterangan kelahiran)"
                    ),
                    (
                        "Signed statement (SPTJM) on the birth data with duty stamp (if there is "
                        "no birth notice)"
                    ),
                ),
                (
                    (
                        "SPTJM kebenaran sebagai pasangan suami istri bermaterai (jika tidak ada "
                        "buku nikah/akta perkawinan)"
                    ),
                    (
                        "Signed statement (SPTJM) that the parents are married, with duty stamp "
                        "(if there is no marriage document)"
                    ),
                ),
                ("Fotokopi KTP-el 2 orang saksi", "Copies of the KTP-el of two witnesses"),
            ],
            "steps": [
                {
                    "text": (
                        "Pemohon menyerahkan berkas di loket atau mengunggah melalui layanan online"
                    ),
                    "text_en": (
                        "The applicant hands in the documents at the counter or uploads them online"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi dan validasi berkas",
                    "text_en": "Verification and validation of the documents",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Pencatatan kelahiran pada register akta dan penerbitan kutipan",
                    "text_en": "Entering the birth in the register and issuing the certificate",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Penandatanganan elektronik",
                    "text_en": "Electronic signing",
                    "actor": "Kepala Dinas (tanda tangan elektronik)",
                    "actor_en": "Head of office (electronic signature)",
                    "duration": (1, "working_days"),
                },
                {
                    "text": (
                        "Pemohon menerima kutipan akta kelahiran di loket atau mencetak sendiri "
                        "dokumen ber-TTE dari tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the birth certificate at the counter or prints the "
                        "electronically signed document from the link sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Materai Rp10.000 (dibeli sendiri, bukan biaya kantor)",
                    "label_en": "Rp10,000 duty stamp (bought by the applicant, not an office fee)",
                    "amount": 10000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 10 Tahun 2020 tentang Bea Meterai",
                    "incidental": True,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-10-15",
            "verified_by": "Kepala Bidang Pelayanan Pencatatan Sipil",
            "effective_from": "2026-03-02",
            "change_summary": (
                "Waktu penyelesaian dipersingkat dari 7 hari kerja menjadi 5 hari kerja."
            ),
            "change_summary_en": "Completion time shortened from 7 working days to 5 working days.",
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "completion": (7, "working_days"),
                "verified_on": "2024-12-20",
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "akta-kematian",
        "name": "Akta Kematian",
        "name_en": "Death certificate",
        "agency": "disdukcapil",
        "category": "kematian",
        "synonyms": (
            "akte kematian, akta mati, surat kematian, pencatatan kematian, meninggal dunia"
        ),
        "counters": ["Loket 2", "Loket 3", "Loket Kantor Dinas"],
        "online_url": "https://dukcapil.contoh.go.id",
        "standard": {
            "completion": (3, "working_days"),
            "product": "Kutipan Akta Kematian ber-TTE dan Kartu Keluarga yang diperbarui",
            "product_en": "Death certificate with electronic signature and an updated family card",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Surat keterangan kematian dari dokter/rumah sakit atau dari kepala desa/lurah",
                    "Death notice from a doctor or hospital, or from the village head",
                ),
                ("Kartu Keluarga almarhum/almarhumah", "Family card of the deceased"),
                (
                    "KTP-el almarhum/almarhumah (diserahkan kembali)",
                    "KTP-el of the deceased (to be returned)",
                ),
                ("KTP-el pelapor", "Reporter's KTP-el"),
                (
                    "SPTJM kebenaran data kematian (jika tidak ada surat keterangan kematian)",
                    "Signed statement (SPTJM) on the death data (if there is no death notice)",
                ),
            ],
            "steps": [
                {
                    "text": "Pelapor menyerahkan berkas di loket",
                    "text_en": "The reporter hands in the documents at the counter",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi dan validasi berkas",
                    "text_en": "Verification and validation",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Pencatatan kematian dan pemutakhiran Kartu Keluarga",
                    "text_en": "Recording the death and updating the family card",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Penandatanganan elektronik",
                    "text_en": "Electronic signing",
                    "actor": "Kepala Dinas (tanda tangan elektronik)",
                    "actor_en": "Head of office (electronic signature)",
                    "duration": None,
                },
                {
                    "text": (
                        "Pemohon menerima kutipan akta kematian di loket atau mencetak sendiri "
                        "dokumen ber-TTE dari tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the death certificate at the counter or prints the "
                        "electronically signed document from the link sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-09-30",
            "verified_by": "Kepala Bidang Pelayanan Pencatatan Sipil",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "akta-perkawinan",
        "name": "Akta Perkawinan (non-Muslim)",
        "name_en": "Marriage certificate (non-Muslim marriages)",
        "agency": "disdukcapil",
        "category": "perkawinan",
        "synonyms": (
            "akte perkawinan, akta nikah, catatan sipil nikah, pencatatan perkawinan, kawin "
            "gereja, pernikahan Kristen, Katolik, Hindu, Buddha, Konghucu, penghayat kepercayaan"
        ),
        "counters": ["Loket 3", "Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (3, "working_days"),
            "product": "Kutipan Akta Perkawinan untuk suami dan istri; KK dan KTP-el diperbarui",
            "product_en": (
                "Marriage certificate for husband and wife; family card and KTP-el updated"
            ),
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    (
                        "Surat keterangan telah terjadinya perkawinan dari pemuka agama atau "
                        "pemuka penghayat kepercayaan"
                    ),
                    (
                        "Certificate that the marriage took place, from the religious leader or "
                        "leader of the belief community"
                    ),
                ),
                (
                    "Pas foto berdampingan suami dan istri ukuran 4x6 berwarna sebanyak 2 lembar",
                    "Two 4x6 colour photos of husband and wife side by side",
                ),
                (
                    "Kartu Keluarga dan KTP-el suami dan istri",
                    "Family cards and KTP-el of husband and wife",
                ),
                (
                    "Kutipan akta kelahiran suami dan istri",
                    "Birth certificates of husband and wife",
                ),
                (
                    (
                        "Kutipan akta perceraian atau akta kematian pasangan terdahulu (bagi yang "
                        "pernah kawin)"
                    ),
                    (
                        "Divorce certificate or death certificate of a former spouse (if "
                        "previously married)"
                    ),
                ),
                (
                    "Izin dari komandan bagi anggota TNI/Polri",
                    "Commander's permission for members of the armed forces or police",
                ),
                ("Paspor bagi orang asing", "Passport for foreign nationals"),
                ("Fotokopi KTP-el 2 orang saksi", "Copies of the KTP-el of two witnesses"),
            ],
            "steps": [
                {
                    "text": (
                        "Pasangan melaporkan perkawinan paling lambat 60 hari sejak tanggal "
                        "perkawinan dan menyerahkan berkas"
                    ),
                    "text_en": (
                        "The couple reports the marriage within 60 days of the wedding and hands "
                        "in the documents"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi dan validasi berkas",
                    "text_en": "Verification and validation",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Pencatatan pada register akta perkawinan",
                    "text_en": "Entry in the marriage register",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Penandatanganan kutipan akta perkawinan",
                    "text_en": "Signing of the marriage certificate",
                    "actor": "Kepala Dinas (tanda tangan elektronik)",
                    "actor_en": "Head of office (electronic signature)",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Pasangan menerima kutipan akta perkawinan, KK dan KTP-el baru",
                    "text_en": (
                        "The couple receives the marriage certificate, family card and new KTP-el"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah "
                    "dengan Undang-Undang Nomor 16 Tahun 2019"
                ),
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-09-30",
            "verified_by": "Kepala Bidang Pelayanan Pencatatan Sipil",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "akta-perceraian",
        "name": "Akta Perceraian (non-Muslim)",
        "name_en": "Divorce certificate (non-Muslim marriages)",
        "agency": "disdukcapil",
        "category": "perkawinan",
        "synonyms": (
            "akte cerai, akta cerai, pencatatan perceraian, putusan cerai pengadilan negeri"
        ),
        "counters": ["Loket 3", "Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (3, "working_days"),
            "product": "Kutipan Akta Perceraian; KK dan KTP-el diperbarui",
            "product_en": "Divorce certificate; family card and KTP-el updated",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Salinan putusan pengadilan negeri yang telah berkekuatan hukum tetap",
                    "Copy of the final district court judgment",
                ),
                ("Kutipan akta perkawinan asli", "Original marriage certificate"),
                ("Kartu Keluarga dan KTP-el", "Family card and KTP-el"),
            ],
            "steps": [
                {
                    "text": (
                        "Pemohon melaporkan perceraian paling lambat 60 hari sejak putusan "
                        "berkekuatan hukum tetap"
                    ),
                    "text_en": (
                        "The applicant reports the divorce within 60 days of the final judgment"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi berkas",
                    "text_en": "Verification of the documents",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Pencatatan perceraian dan penerbitan kutipan akta",
                    "text_en": "Recording the divorce and issuing the certificate",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Penandatanganan",
                    "text_en": "Signing",
                    "actor": "Kepala Dinas (tanda tangan elektronik)",
                    "actor_en": "Head of office (electronic signature)",
                    "duration": (1, "working_days"),
                },
                {
                    "text": (
                        "Pemohon menerima kutipan akta perceraian di loket atau mencetak sendiri "
                        "dokumen ber-TTE dari tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the divorce certificate at the counter or prints "
                        "the electronically signed document from the link sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": None,
            "verified_on": "2026-09-30",
            "verified_by": "Kepala Bidang Pelayanan Pencatatan Sipil",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "pengakuan-anak",
        "name": "Pencatatan Pengakuan Anak",
        "name_en": "Registration of acknowledgement of a child",
        "agency": "disdukcapil",
        "category": "kelahiran",
        "synonyms": "pengakuan anak, catatan pinggir akta kelahiran, anak luar kawin, nikah siri",
        "counters": ["Loket 3", "Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (5, "working_days"),
            "product": "Catatan pinggir pada register dan kutipan akta kelahiran anak",
            "product_en": "Marginal note in the register and on the child's birth certificate",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                ("Surat pengantar RT/RW", "Cover letter from the neighbourhood head (RT/RW)"),
                (
                    (
                        "Surat pernyataan pengakuan anak dari ayah biologis yang disetujui ibu "
                        "kandung, bermaterai"
                    ),
                    (
                        "Statement of acknowledgement by the biological father, approved by the "
                        "mother, with duty stamp"
                    ),
                ),
                ("Kutipan akta kelahiran anak", "The child's birth certificate"),
                (
                    "Kartu Keluarga dan KTP-el ayah dan ibu",
                    "Family cards and KTP-el of father and mother",
                ),
                (
                    (
                        "Bukti perkawinan orang tua yang sah menurut agama tetapi belum tercatat "
                        "menurut hukum negara"
                    ),
                    "Proof of the parents' religious marriage not yet registered under state law",
                ),
            ],
            "steps": [
                {
                    "text": (
                        "Pemohon menyerahkan berkas paling lambat 30 hari sejak surat pengakuan "
                        "anak ditandatangani"
                    ),
                    "text_en": (
                        "The applicant hands in the documents within 30 days of signing the "
                        "acknowledgement"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi berkas",
                    "text_en": "Verification",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Pencatatan pengakuan anak dan pembuatan catatan pinggir",
                    "text_en": "Recording the acknowledgement and adding the marginal note",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Penandatanganan",
                    "text_en": "Signing",
                    "actor": "Kepala Dinas (tanda tangan elektronik)",
                    "actor_en": "Head of office (electronic signature)",
                    "duration": (1, "working_days"),
                },
                {
                    "text": (
                        "Pemohon menerima kutipan akta kelahiran dengan catatan pinggir di loket "
                        "atau mencetak sendiri dokumen ber-TTE dari tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the birth certificate with the marginal note at "
                        "the counter or prints the electronically signed document from the link "
                        "sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Materai Rp10.000 (dibeli sendiri, bukan biaya kantor)",
                    "label_en": "Rp10,000 duty stamp (bought by the applicant, not an office fee)",
                    "amount": 10000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 10 Tahun 2020 tentang Bea Meterai",
                    "incidental": True,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-08-20",
            "verified_by": "Kepala Bidang Pelayanan Pencatatan Sipil",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "pindah-datang",
        "name": "Surat Pindah dan Pendaftaran Datang (SKPWNI)",
        "name_en": "Moving out and moving in registration (SKPWNI)",
        "agency": "disdukcapil",
        "category": "pindah",
        "synonyms": (
            "surat pindah, pindah domisili, pindah datang, SKPWNI, mutasi penduduk, pindah alamat, "
            "pindah keluar kota"
        ),
        "counters": ["Loket 1", "Loket 2", "Loket Kantor Dinas"],
        "online_url": "https://dukcapil.contoh.go.id",
        "standard": {
            "completion": (1, "working_days"),
            "product": (
                "Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) untuk pindah keluar; "
                "Kartu Keluarga dan KTP-el baru untuk pendatang"
            ),
            "product_en": (
                "Moving certificate (SKPWNI) for people moving out; new family card and KTP-el for "
                "people moving in"
            ),
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                ("Kartu Keluarga asli", "Original family card"),
                ("KTP-el", "KTP-el"),
                (
                    "SKPWNI dari daerah asal (untuk pendaftaran datang)",
                    "SKPWNI from the place of origin (for moving in)",
                ),
                (
                    "Surat persetujuan pemilik rumah atau bukti tempat tinggal di alamat tujuan",
                    "Consent of the house owner or proof of residence at the new address",
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon menyerahkan persyaratan dan mengisi formulir F-1.03",
                    "text_en": "The applicant hands in the requirements and fills in form F-1.03",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi dan validasi data",
                    "text_en": "Verification and validation",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (2, "hours"),
                },
                {
                    "text": "Penerbitan SKPWNI atau perekaman kedatangan pada SIAK",
                    "text_en": "Issuing the SKPWNI or recording the arrival in SIAK",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (2, "hours"),
                },
                {
                    "text": "Penandatanganan elektronik",
                    "text_en": "Electronic signing",
                    "actor": "Kepala Dinas (tanda tangan elektronik)",
                    "actor_en": "Head of office (electronic signature)",
                    "duration": None,
                },
                {
                    "text": (
                        "Pemohon menerima SKPWNI atau KK baru di loket atau mencetak sendiri "
                        "dokumen ber-TTE dari tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the SKPWNI or new family card at the counter or "
                        "prints the electronically signed document from the link sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-10-15",
            "verified_by": "Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "legalisir-dokumen-kependudukan",
        "name": "Legalisir Dokumen Kependudukan",
        "name_en": "Certified copies of civil-registration documents",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "synonyms": "legalisir, legalisasi, legalisir KK, legalisir akta, cap basah",
        "counters": ["Loket 1", "Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (15, "minutes"),
            "product": "Fotokopi dokumen kependudukan yang dilegalisir",
            "product_en": "Certified photocopies of civil-registration documents",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    (
                        "Dokumen kependudukan asli (KK, akta kelahiran, akta kematian, akta "
                        "perkawinan, akta perceraian)"
                    ),
                    (
                        "Original civil-registration document (family card, birth, death, marriage "
                        "or divorce certificate)"
                    ),
                ),
                (
                    "Fotokopi dokumen yang akan dilegalisir",
                    "Photocopies of the document to be certified",
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon menyerahkan dokumen asli dan fotokopinya",
                    "text_en": "The applicant hands in the original and the copies",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (3, "minutes"),
                },
                {
                    "text": "Petugas mencocokkan fotokopi dengan dokumen asli dan SIAK",
                    "text_en": "The officer compares the copies with the original and SIAK",
                    "actor": "Petugas Loket",
                    "actor_en": "Counter officer",
                    "duration": (7, "minutes"),
                },
                {
                    "text": "Pejabat membubuhkan tanda tangan dan cap",
                    "text_en": "The official signs and stamps the copies",
                    "actor": "Pejabat Pencatatan Sipil",
                    "actor_en": "Civil registrar",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": "Loket prioritas, kursi roda, ruang laktasi",
            "facilities_en": "Priority counter, wheelchair, lactation room",
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-10-15",
            "verified_by": "Kepala Bidang Pelayanan Pencatatan Sipil",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "perubahan-biodata",
        "name": "Perubahan Data/Biodata Penduduk",
        "name_en": "Change of personal data",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "synonyms": (
            "ubah biodata, perubahan data, ganti pekerjaan, ganti status, ganti pendidikan, ganti "
            "agama, golongan darah, salah nama"
        ),
        "counters": ["Loket 1", "Loket 2", "Loket Kantor Dinas"],
        "online_url": "https://dukcapil.contoh.go.id",
        "standard": {
            "completion": (1, "working_days"),
            "product": "Biodata penduduk yang diperbarui, KK dan KTP-el baru bila perlu",
            "product_en": "Updated personal record, with new family card and KTP-el if needed",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                ("Kartu Keluarga asli", "Original family card"),
                ("KTP-el", "KTP-el"),
                (
                    (
                        "Dokumen pendukung sesuai data yang diubah (ijazah, SK pekerjaan, surat "
                        "keterangan golongan darah, kutipan akta perkawinan)"
                    ),
                    (
                        "Supporting document for the changed data (diploma, employment decree, "
                        "blood-type certificate, marriage certificate)"
                    ),
                ),
                (
                    "SPTJM kebenaran data bermaterai jika dokumen pendukung tidak tersedia",
                    "Signed statement (SPTJM) with duty stamp if no supporting document exists",
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon mengisi formulir biodata F-1.06 dan menyerahkan berkas",
                    "text_en": (
                        "The applicant fills in personal-data form F-1.06 and hands in the "
                        "documents"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi dokumen pendukung",
                    "text_en": "Verification of the supporting documents",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (3, "hours"),
                },
                {
                    "text": "Perubahan data pada SIAK",
                    "text_en": "Updating the record in SIAK",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (1, "hours"),
                },
                {
                    "text": (
                        "Pemohon menerima KK/KTP-el yang diperbarui di loket atau mencetak sendiri "
                        "dokumen ber-TTE dari tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the updated family card/KTP-el at the counter or "
                        "prints the electronically signed document from the link sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Materai Rp10.000 (dibeli sendiri, bukan biaya kantor)",
                    "label_en": "Rp10,000 duty stamp (bought by the applicant, not an office fee)",
                    "amount": 10000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 10 Tahun 2020 tentang Bea Meterai",
                    "incidental": True,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "14 orang: 8 petugas loket, 3 operator SIAK, 2 verifikator, 1 pejabat "
                "penandatangan (TTE)"
            ),
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-08-20",
            "verified_by": "Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "sktt",
        "name": "Surat Keterangan Tempat Tinggal (SKTT) bagi Orang Asing",
        "name_en": "Certificate of residence (SKTT) for foreign nationals",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "synonyms": "SKTT, orang asing, WNA, KITAS, ITAS, expatriate, foreigner registration",
        "counters": ["Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (1, "working_days"),
            "product": "Surat Keterangan Tempat Tinggal (SKTT)",
            "product_en": "Certificate of residence (SKTT)",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Disdukcapil "
                "(0812-0000-1234), email disdukcapil@contoh.go.id, the suggestion box at the "
                "counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, "
                "numbered and answered within 5 working days."
            ),
            "requirements": [
                ("Paspor asli dan fotokopi", "Original passport and copy"),
                (
                    "Kartu Izin Tinggal Terbatas (KITAS/ITAS) asli dan fotokopi",
                    "Original limited stay permit (KITAS/ITAS) and copy",
                ),
                (
                    "Surat keterangan tempat tinggal dari pemilik rumah atau kontrak sewa",
                    "Letter from the landlord or rental contract",
                ),
                ("Pas foto berwarna 4x6 sebanyak 2 lembar", "Two 4x6 colour photos"),
            ],
            "steps": [
                {
                    "text": "Pemohon atau sponsor menyerahkan berkas",
                    "text_en": "The applicant or sponsor hands in the documents",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi dokumen keimigrasian",
                    "text_en": "Verification of immigration documents",
                    "actor": "Verifikator",
                    "actor_en": "Verifier",
                    "duration": (3, "hours"),
                },
                {
                    "text": "Perekaman data dan penerbitan SKTT",
                    "text_en": "Recording the data and issuing the SKTT",
                    "actor": "Operator SIAK",
                    "actor_en": "SIAK operator",
                    "duration": (2, "hours"),
                },
                {
                    "text": (
                        "Pemohon menerima SKTT di loket atau mencetak sendiri dokumen ber-TTE dari "
                        "tautan yang dikirim"
                    ),
                    "text_en": (
                        "The applicant collects the SKTT at the counter or prints the "
                        "electronically signed document from the link sent"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Semua permohonan, termasuk penggantian karena hilang/rusak dan perubahan "
                        "data"
                    ),
                    "label_en": (
                        "All applications, including replacement after loss or damage and data "
                        "changes"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": "UU No. 24 Tahun 2013 Pasal 79A",
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor "
                    "23 Tahun 2006 tentang Administrasi Kependudukan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
                    "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
                    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 12 Tahun 2025 tentang Standar Pelayanan "
                    "Administrasi Kependudukan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan di MPP Kota Contoh, komputer dan printer, alat perekam biometrik "
                "(sidik jari, iris mata, kamera), jaringan SIAK Terpusat, mesin antrean, CCTV"
            ),
            "staff_competence": (
                "Memahami peraturan administrasi kependudukan, telah mengikuti bimbingan teknis "
                "SIAK, mampu mengoperasikan komputer dan melayani dengan sopan dan ramah"
            ),
            "internal_supervision": (
                "Pengawasan melekat oleh atasan langsung secara berjenjang dan pemeriksaan oleh "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": None,
            "service_guarantee": (
                "Pelayanan diberikan sesuai standar ini tanpa dipungut biaya. Petugas yang "
                "memungut biaya diancam pidana penjara paling lama 6 tahun dan/atau denda paling "
                "banyak Rp75.000.000 (UU No. 24 Tahun 2013 Pasal 95B)."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan evaluasi kinerja pelaksana "
                "setiap bulan oleh Kepala Dinas"
            ),
            "verified_on": "2026-06-30",
            "verified_by": "Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "pbg",
        "name": "Persetujuan Bangunan Gedung (PBG)",
        "name_en": "Building approval (PBG)",
        "agency": "dpmptsp",
        "category": "usaha",
        "synonyms": (
            "PBG, IMB, izin mendirikan bangunan, izin bangun rumah, izin bangunan, SIMBG, renovasi "
            "rumah"
        ),
        "counters": ["Loket Perizinan 1", "Loket Perizinan 2", "Meja Konsultasi"],
        "online_url": "https://simbg.pu.go.id",
        "standard": {
            "completion": (28, "calendar_days"),
            "product": "Persetujuan Bangunan Gedung (PBG) beserta lampiran dokumen rencana teknis",
            "product_en": "Building approval (PBG) with the approved technical plans",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Fotokopi KTP-el pemohon/pemilik bangunan",
                    "Copy of the applicant's or building owner's KTP-el",
                ),
                (
                    "Fotokopi bukti kepemilikan hak atas tanah (sertifikat)",
                    "Copy of the land title certificate",
                ),
                (
                    (
                        "Surat perjanjian pemanfaatan tanah dari pemilik tanah (jika pemohon bukan "
                        "pemilik tanah)"
                    ),
                    (
                        "Land use agreement with the land owner (if the applicant does not own the "
                        "land)"
                    ),
                ),
                (
                    (
                        "Konfirmasi atau Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang "
                        "(KKKPR/PKKPR)"
                    ),
                    "Spatial planning conformity confirmation or approval (KKKPR/PKKPR)",
                ),
                (
                    "Bukti pembayaran PBB-P2 tahun terakhir",
                    "Proof of payment of last year's land and building tax (PBB-P2)",
                ),
                (
                    "Nomor Induk Berusaha (NIB) untuk bangunan usaha",
                    "Business identification number (NIB) for commercial buildings",
                ),
                ("Gambar situasi/rencana tapak (site plan)", "Site plan"),
                (
                    "Gambar rencana arsitektur: denah, tampak, potongan",
                    "Architectural drawings: floor plans, elevations, sections",
                ),
                ("Spesifikasi teknis bangunan", "Technical specifications of the building"),
                (
                    (
                        "Gambar dan perhitungan struktur (bangunan lebih dari 2 lantai atau "
                        "bentang lebar)"
                    ),
                    "Structural drawings and calculations (buildings over 2 storeys or wide spans)",
                ),
                (
                    (
                        "Gambar rencana utilitas: air bersih, air limbah, drainase, listrik, "
                        "proteksi kebakaran"
                    ),
                    (
                        "Utility plans: water supply, waste water, drainage, electricity, fire "
                        "protection"
                    ),
                ),
                (
                    "Dokumen lingkungan (SPPL, UKL-UPL atau AMDAL sesuai skala kegiatan)",
                    "Environmental document (SPPL, UKL-UPL or AMDAL depending on scale)",
                ),
                (
                    "Analisis Dampak Lalu Lintas (Andalalin) untuk bangunan yang diwajibkan",
                    "Traffic impact analysis (Andalalin) where required",
                ),
                (
                    (
                        "Data perencana bersertifikat (untuk bangunan yang wajib menggunakan "
                        "penyedia jasa perencanaan)"
                    ),
                    "Details of the certified designer (for buildings that require one)",
                ),
                ("Foto kondisi lokasi terkini", "Current photos of the site"),
                (
                    "Surat kuasa bermaterai (jika pengurusan dikuasakan)",
                    "Power of attorney with duty stamp (if someone applies on your behalf)",
                ),
                (
                    "PBG/IMB lama dan Sertifikat Laik Fungsi (untuk perubahan bangunan)",
                    "Previous PBG/IMB and certificate of occupancy (for alterations)",
                ),
            ],
            "steps": [
                {
                    "text": (
                        "Pemohon mendaftar dan mengunggah dokumen melalui SIMBG, atau dibantu di "
                        "Meja Konsultasi"
                    ),
                    "text_en": (
                        "The applicant registers and uploads the documents in SIMBG, or gets help "
                        "at the consultation desk"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (1, "calendar_days"),
                },
                {
                    "text": "Pemeriksaan kelengkapan dokumen",
                    "text_en": "Completeness check",
                    "actor": "Verifikator DPMPTSP",
                    "actor_en": "DPMPTSP verifier",
                    "duration": (3, "calendar_days"),
                },
                {
                    "text": (
                        "Konsultasi perencanaan dengan Tim Profesi Ahli (TPA) atau Tim Penilai "
                        "Teknis (TPT)"
                    ),
                    "text_en": (
                        "Design consultation with the Expert Panel (TPA) or Technical Assessment "
                        "Team (TPT)"
                    ),
                    "actor": "TPA/TPT",
                    "actor_en": "Expert panel",
                    "duration": (14, "calendar_days"),
                },
                {
                    "text": (
                        "Penerbitan pernyataan pemenuhan standar teknis dan penghitungan retribusi "
                        "(SKRD)"
                    ),
                    "text_en": (
                        "Statement of compliance with technical standards and calculation of the "
                        "levy (SKRD)"
                    ),
                    "actor": "Dinas PUPR",
                    "actor_en": "Public Works Office",
                    "duration": (4, "calendar_days"),
                },
                {
                    "text": "Pembayaran retribusi melalui bank atau QRIS sesuai SKRD",
                    "text_en": "Payment of the levy through a bank or QRIS as stated in the SKRD",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Penerbitan PBG",
                    "text_en": "Issuing the PBG",
                    "actor": "Kepala DPMPTSP",
                    "actor_en": "Head of DPMPTSP",
                    "duration": (3, "calendar_days"),
                },
            ],
            "fees": [
                {
                    "kind": "formula",
                    "label": "Retribusi PBG bangunan gedung (contoh)",
                    "label_en": "PBG levy for buildings (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": (
                        "Luas bangunan (m2) x Indeks Terintegrasi x Harga Satuan Retribusi (HSR)"
                    ),
                    "formula_en": (
                        "Building floor area (m2) x Integrated Index x Unit Levy Price (HSR)"
                    ),
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "formula",
                    "label": (
                        "Retribusi prasarana bangunan gedung: pagar, menara, kolam, dll. (contoh)"
                    ),
                    "label_en": (
                        "Levy for building infrastructure: fences, towers, pools, etc. (example)"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": (
                        "Volume prasarana x Indeks Prasarana x Harga Satuan Retribusi Prasarana"
                    ),
                    "formula_en": (
                        "Infrastructure volume x Infrastructure Index x Unit Levy Price for "
                        "infrastructure"
                    ),
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "free",
                    "label": (
                        "Rumah tinggal masyarakat berpenghasilan rendah (MBR): dibebaskan (contoh)"
                    ),
                    "label_en": "Homes of low-income households (MBR): exempt (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung",
                (
                    "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah "
                    "Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi "
                    "Undang-Undang"
                ),
                (
                    "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan "
                    "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung"
                ),
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah "
                    "dan Retribusi Daerah"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan dan meja konsultasi di MPP Kota Contoh, komputer terhubung sistem "
                "OSS dan SIMBG, printer, pemindai dokumen, mesin antrean"
            ),
            "staff_competence": (
                "Memahami peraturan perizinan berusaha berbasis risiko dan bangunan gedung, mampu "
                "mengoperasikan OSS dan SIMBG, berkomunikasi dengan baik"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pelayanan Perizinan dan Inspektorat Kota Contoh; "
                "audit jejak elektronik permohonan"
            ),
            "staff_count": (
                "10 orang: 4 petugas front office, 3 verifikator, 2 petugas konsultasi, 1 pejabat "
                "penandatangan"
            ),
            "service_guarantee": (
                "Permohonan yang lengkap dan benar diproses sesuai waktu penyelesaian; penolakan "
                "disampaikan tertulis beserta alasannya."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap triwulan dan evaluasi kinerja pelaksana "
                "setiap bulan"
            ),
            "verified_on": "2026-10-01",
            "verified_by": "Kepala Bidang Pelayanan Perizinan",
            "effective_from": "2026-04-01",
            "change_summary": (
                "Waktu penyelesaian dipersingkat dari 45 hari menjadi 28 hari; ditambahkan "
                "pembebasan retribusi untuk rumah MBR."
            ),
            "change_summary_en": (
                "Completion time shortened from 45 to 28 calendar days; exemption added for homes "
                "of low-income households."
            ),
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "completion": (45, "calendar_days"),
                "verified_on": "2024-12-18",
                "fees": [
                    {
                        "kind": "formula",
                        "label": "Retribusi PBG bangunan gedung (contoh)",
                        "label_en": "PBG levy for buildings (example)",
                        "amount": None,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": (
                            "Luas bangunan (m2) x Indeks Terintegrasi x Harga Satuan Retribusi "
                            "(HSR)"
                        ),
                        "formula_en": (
                            "Building floor area (m2) x Integrated Index x Unit Levy Price (HSR)"
                        ),
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                    {
                        "kind": "formula",
                        "label": (
                            "Retribusi prasarana bangunan gedung: pagar, menara, kolam, dll. "
                            "(contoh)"
                        ),
                        "label_en": (
                            "Levy for building infrastructure: fences, towers, pools, etc. "
                            "(example)"
                        ),
                        "amount": None,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": (
                            "Volume prasarana x Indeks Prasarana x Harga Satuan Retribusi Prasarana"
                        ),
                        "formula_en": (
                            "Infrastructure volume x Infrastructure Index x Unit Levy Price for "
                            "infrastructure"
                        ),
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "slf",
        "name": "Sertifikat Laik Fungsi (SLF)",
        "name_en": "Certificate of occupancy (SLF)",
        "agency": "dpmptsp",
        "category": "usaha",
        "synonyms": "SLF, laik fungsi, sertifikat bangunan, izin penggunaan bangunan",
        "counters": ["Loket Perizinan 1", "Loket Perizinan 2"],
        "online_url": "https://simbg.pu.go.id",
        "standard": {
            "completion": (5, "working_days"),
            "product": "Sertifikat Laik Fungsi dan label SLF",
            "product_en": "Certificate of occupancy and SLF label",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                ("Persetujuan Bangunan Gedung (PBG)", "Building approval (PBG)"),
                (
                    (
                        "Surat pernyataan kelaikan fungsi dari pengawas konstruksi atau pengkaji "
                        "teknis"
                    ),
                    (
                        "Statement of fitness for use from the construction supervisor or "
                        "technical assessor"
                    ),
                ),
                ("Gambar terbangun (as built drawings)", "As-built drawings"),
                ("Foto bangunan terkini", "Current photos of the building"),
                ("Fotokopi KTP-el pemilik", "Copy of the owner's KTP-el"),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan SLF melalui SIMBG",
                    "text_en": "The applicant applies for the SLF in SIMBG",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Pemeriksaan dokumen dan inspeksi lapangan",
                    "text_en": "Document check and site inspection",
                    "actor": "Tim Penilai Teknis",
                    "actor_en": "Technical assessment team",
                    "duration": (3, "working_days"),
                },
                {
                    "text": "Penerbitan SLF",
                    "text_en": "Issuing the SLF",
                    "actor": "Kepala DPMPTSP",
                    "actor_en": "Head of DPMPTSP",
                    "duration": (2, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Penerbitan SLF (contoh)",
                    "label_en": "Issuing the SLF (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan "
                    "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                    "Perizinan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan dan meja konsultasi di MPP Kota Contoh, komputer terhubung sistem "
                "OSS dan SIMBG, printer, pemindai dokumen, mesin antrean"
            ),
            "staff_competence": (
                "Memahami peraturan perizinan berusaha berbasis risiko dan bangunan gedung, mampu "
                "mengoperasikan OSS dan SIMBG, berkomunikasi dengan baik"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pelayanan Perizinan dan Inspektorat Kota Contoh; "
                "audit jejak elektronik permohonan"
            ),
            "staff_count": (
                "10 orang: 4 petugas front office, 3 verifikator, 2 petugas konsultasi, 1 pejabat "
                "penandatangan"
            ),
            "service_guarantee": (
                "Permohonan yang lengkap dan benar diproses sesuai waktu penyelesaian; penolakan "
                "disampaikan tertulis beserta alasannya."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap triwulan dan evaluasi kinerja pelaksana "
                "setiap bulan"
            ),
            "verified_on": "2026-10-01",
            "verified_by": "Kepala Bidang Pelayanan Perizinan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "nib",
        "name": "Nomor Induk Berusaha (NIB) melalui OSS",
        "name_en": "Business identification number (NIB) via OSS",
        "agency": "dpmptsp",
        "category": "usaha",
        "synonyms": (
            "NIB, OSS, izin usaha, perizinan berusaha, SIUP, TDP, izin UMKM, daftar usaha, KBLI"
        ),
        "counters": ["Loket Bantuan OSS", "Meja Konsultasi"],
        "online_url": "https://oss.go.id",
        "standard": {
            "completion": (1, "hours"),
            "product": (
                "Nomor Induk Berusaha (NIB) dan, sesuai tingkat risiko, sertifikat standar atau "
                "izin"
            ),
            "product_en": (
                "Business identification number (NIB) and, depending on risk level, a standard "
                "certificate or licence"
            ),
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Akun OSS dengan email aktif dan nomor telepon seluler",
                    "OSS account with an active email address and mobile number",
                ),
                (
                    "NIK/KTP-el pemilik atau penanggung jawab",
                    "NIK/KTP-el of the owner or person in charge",
                ),
                (
                    "NPWP (bagi orang pribadi dapat menggunakan NIK)",
                    "Tax number (NPWP); individuals may use their NIK",
                ),
                (
                    "Data usaha: bidang usaha (KBLI), lokasi, modal dan jumlah tenaga kerja",
                    (
                        "Business details: line of business (KBLI), location, capital and number "
                        "of workers"
                    ),
                ),
                (
                    "Akta pendirian dan SK pengesahan badan hukum (untuk badan usaha)",
                    "Deed of establishment and legal-entity approval (for companies)",
                ),
                (
                    (
                        "KKPR atau pernyataan mandiri kesesuaian tata ruang (untuk usaha mikro dan "
                        "kecil)"
                    ),
                    (
                        "Spatial planning approval or self-declaration (for micro and small "
                        "businesses)"
                    ),
                ),
            ],
            "steps": [
                {
                    "text": (
                        "Pemohon membuat akun dan mengisi data usaha di OSS, sendiri atau dibantu "
                        "petugas"
                    ),
                    "text_en": (
                        "The applicant creates an account and enters the business details in OSS, "
                        "alone or with help from staff"
                    ),
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (30, "minutes"),
                },
                {
                    "text": "Petugas memeriksa kebenaran KBLI dan data lokasi bersama pemohon",
                    "text_en": "Staff check the KBLI code and location data with the applicant",
                    "actor": "Petugas Bantuan OSS",
                    "actor_en": "OSS help-desk officer",
                    "duration": (20, "minutes"),
                },
                {
                    "text": "NIB terbit otomatis dari sistem OSS",
                    "text_en": "OSS issues the NIB automatically",
                    "actor": "Sistem OSS",
                    "actor_en": "OSS system",
                    "duration": (10, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Penerbitan NIB dan pendampingan di loket (contoh: tidak dipungut biaya)"
                    ),
                    "label_en": "NIB issuance and counter assistance (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                        "Perizinan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah "
                    "Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi "
                    "Undang-Undang"
                ),
                (
                    "Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan "
                    "Berusaha Berbasis Risiko"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                    "Perizinan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan dan meja konsultasi di MPP Kota Contoh, komputer terhubung sistem "
                "OSS dan SIMBG, printer, pemindai dokumen, mesin antrean"
            ),
            "staff_competence": (
                "Memahami peraturan perizinan berusaha berbasis risiko dan bangunan gedung, mampu "
                "mengoperasikan OSS dan SIMBG, berkomunikasi dengan baik"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pelayanan Perizinan dan Inspektorat Kota Contoh; "
                "audit jejak elektronik permohonan"
            ),
            "staff_count": (
                "10 orang: 4 petugas front office, 3 verifikator, 2 petugas konsultasi, 1 pejabat "
                "penandatangan"
            ),
            "service_guarantee": (
                "Permohonan yang lengkap dan benar diproses sesuai waktu penyelesaian; penolakan "
                "disampaikan tertulis beserta alasannya."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap triwulan dan evaluasi kinerja pelaksana "
                "setiap bulan"
            ),
            "verified_on": "2026-09-15",
            "verified_by": "Kepala Bidang Pelayanan Perizinan",
            "effective_from": "2025-08-01",
            "change_summary": (
                "Dasar hukum diperbarui mengikuti peraturan perizinan berusaha berbasis risiko "
                "yang baru."
            ),
            "change_summary_en": (
                "Legal basis updated to the new regulation on risk-based business licensing."
            ),
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "completion": (1, "working_days"),
                "verified_on": "2024-12-18",
                "legal_bases": [
                    (
                        "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah "
                        "Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi "
                        "Undang-Undang"
                    ),
                    (
                        "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan "
                        "Berusaha Berbasis Risiko"
                    ),
                    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                    (
                        "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                        "Perizinan (contoh)"
                    ),
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "izin-reklame",
        "name": "Izin Penyelenggaraan Reklame",
        "name_en": "Advertising and billboard permit",
        "agency": "dpmptsp",
        "category": "usaha",
        "synonyms": (
            "reklame, billboard, baliho, papan nama, spanduk, neon box, videotron, pajak reklame"
        ),
        "counters": ["Loket Perizinan 1", "Loket Perizinan 2"],
        "online_url": "https://perizinan.contoh.go.id",
        "standard": {
            "completion": (14, "calendar_days"),
            "product": "Izin penyelenggaraan reklame dan stiker/penanda reklame resmi",
            "product_en": "Advertising permit and official advertisement sticker",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                ("Fotokopi KTP-el pemohon", "Copy of the applicant's KTP-el"),
                (
                    "NIB (untuk badan usaha atau biro reklame)",
                    "NIB (for companies or advertising agencies)",
                ),
                ("Desain, ukuran dan naskah reklame", "Design, size and text of the advertisement"),
                (
                    "Foto lokasi dan titik koordinat pemasangan",
                    "Photos of the site and GPS coordinates",
                ),
                (
                    "Surat izin/persetujuan pemilik lahan atau bangunan tempat reklame dipasang",
                    "Permission from the owner of the land or building where it will be installed",
                ),
                (
                    "Gambar konstruksi dan perhitungan struktur (reklame papan/billboard besar)",
                    "Construction drawings and structural calculations (large billboards)",
                ),
                (
                    "Polis asuransi tanggung gugat pihak ketiga (reklame konstruksi besar)",
                    "Third-party liability insurance (large billboard structures)",
                ),
                ("NPWPD pemohon", "Applicant's local taxpayer number (NPWPD)"),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan secara online atau di loket",
                    "text_en": "The applicant applies online or at the counter",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Verifikasi berkas dan peninjauan lokasi",
                    "text_en": "Document check and site visit",
                    "actor": "Verifikator DPMPTSP",
                    "actor_en": "DPMPTSP verifier",
                    "duration": (7, "calendar_days"),
                },
                {
                    "text": "Penetapan pajak reklame oleh Bapenda",
                    "text_en": "Reklame tax assessment by Bapenda",
                    "actor": "Bapenda",
                    "actor_en": "Regional Revenue Agency",
                    "duration": (3, "calendar_days"),
                },
                {
                    "text": "Pembayaran pajak reklame melalui bank atau QRIS",
                    "text_en": "Payment of the advertising tax through a bank or QRIS",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Penerbitan izin dan penanda reklame",
                    "text_en": "Issuing the permit and sticker",
                    "actor": "Kepala DPMPTSP",
                    "actor_en": "Head of DPMPTSP",
                    "duration": (4, "calendar_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Penerbitan izin reklame (contoh)",
                    "label_en": "Issuing the advertising permit (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "range",
                    "label": (
                        "Pajak reklame menurut jenis, ukuran, lokasi dan lama pemasangan (contoh)"
                    ),
                    "label_en": "Advertising tax by type, size, location and duration (example)",
                    "amount": 50000,
                    "amount_max": 1500000,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah "
                    "dan Retribusi Daerah"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                    "Perizinan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan dan meja konsultasi di MPP Kota Contoh, komputer terhubung sistem "
                "OSS dan SIMBG, printer, pemindai dokumen, mesin antrean"
            ),
            "staff_competence": (
                "Memahami peraturan perizinan berusaha berbasis risiko dan bangunan gedung, mampu "
                "mengoperasikan OSS dan SIMBG, berkomunikasi dengan baik"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pelayanan Perizinan dan Inspektorat Kota Contoh; "
                "audit jejak elektronik permohonan"
            ),
            "staff_count": (
                "10 orang: 4 petugas front office, 3 verifikator, 2 petugas konsultasi, 1 pejabat "
                "penandatangan"
            ),
            "service_guarantee": (
                "Permohonan yang lengkap dan benar diproses sesuai waktu penyelesaian; penolakan "
                "disampaikan tertulis beserta alasannya."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap triwulan dan evaluasi kinerja pelaksana "
                "setiap bulan"
            ),
            "verified_on": "2026-10-01",
            "verified_by": "Kepala Bidang Pelayanan Perizinan",
            "effective_from": "2026-01-05",
            "change_summary": (
                "Rentang pajak reklame disesuaikan dan waktu penyelesaian dipersingkat dari 21 "
                "hari menjadi 14 hari."
            ),
            "change_summary_en": (
                "Advertising tax range adjusted and completion time shortened from 21 to 14 "
                "calendar days."
            ),
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "completion": (21, "calendar_days"),
                "verified_on": "2024-12-18",
                "fees": [
                    {
                        "kind": "free",
                        "label": "Penerbitan izin reklame (contoh)",
                        "label_en": "Issuing the advertising permit (example)",
                        "amount": None,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": None,
                        "formula_en": None,
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                    {
                        "kind": "range",
                        "label": (
                            "Pajak reklame menurut jenis, ukuran, lokasi dan lama pemasangan "
                            "(contoh)"
                        ),
                        "label_en": (
                            "Advertising tax by type, size, location and duration (example)"
                        ),
                        "amount": 40000,
                        "amount_max": 1200000,
                        "unit": None,
                        "unit_en": None,
                        "formula": None,
                        "formula_en": None,
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "sip-tenaga-kesehatan",
        "name": "Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan",
        "name_en": "Practice licence (SIP) for doctors and health workers",
        "agency": "dpmptsp",
        "category": "kesehatan",
        "synonyms": (
            "SIP, SIP dokter, SIP dokter gigi, SIP bidan, SIPB, SIP perawat, SIPP, SIPA, izin "
            "praktik, izin praktek, izin praktik mandiri"
        ),
        "counters": ["Loket Perizinan 1", "Loket Perizinan 2"],
        "online_url": "https://perizinan.contoh.go.id",
        "standard": {
            "completion": (5, "working_days"),
            "product": (
                "Surat Izin Praktik sesuai jenis tenaga medis/tenaga kesehatan dan tempat praktik"
            ),
            "product_en": "Practice licence for the type of health worker and practice location",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                ("Fotokopi KTP-el", "Copy of KTP-el"),
                (
                    "Surat Tanda Registrasi (STR) yang berlaku",
                    "Valid registration certificate (STR)",
                ),
                (
                    "Fotokopi ijazah pendidikan profesi yang dilegalisir",
                    "Certified copy of the professional degree",
                ),
                (
                    "Surat keterangan sehat dari dokter yang memiliki SIP",
                    "Health certificate from a licensed doctor",
                ),
                (
                    (
                        "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat "
                        "praktik, atau bukti tempat praktik mandiri"
                    ),
                    (
                        "Letter from the head of the health facility, or proof of the private "
                        "practice location"
                    ),
                ),
                (
                    "Rekomendasi hasil verifikasi lapangan dari Dinas Kesehatan (praktik mandiri)",
                    "Recommendation after a site check by the Health Office (private practice)",
                ),
                ("Pas foto berwarna 4x6 sebanyak 3 lembar", "Three 4x6 colour photos"),
                (
                    "Bukti kecukupan Satuan Kredit Profesi (untuk perpanjangan)",
                    "Proof of sufficient continuing professional development credits (for renewal)",
                ),
                ("SIP lama (untuk perpanjangan)", "Previous SIP (for renewal)"),
                (
                    "Surat izin atasan bagi ASN, anggota TNI atau Polri",
                    (
                        "Permission from the superior for civil servants, armed forces or police "
                        "members"
                    ),
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan dan mengunggah berkas",
                    "text_en": "The applicant applies and uploads the documents",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Verifikasi berkas",
                    "text_en": "Document verification",
                    "actor": "Verifikator DPMPTSP",
                    "actor_en": "DPMPTSP verifier",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Verifikasi lapangan tempat praktik mandiri oleh Dinas Kesehatan",
                    "text_en": "Site check of a private practice by the Health Office",
                    "actor": "Dinas Kesehatan",
                    "actor_en": "Health Office",
                    "duration": (3, "working_days"),
                },
                {
                    "text": "Penerbitan SIP",
                    "text_en": "Issuing the SIP",
                    "actor": "Kepala DPMPTSP",
                    "actor_en": "Head of DPMPTSP",
                    "duration": (1, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Penerbitan SIP (contoh: tidak dipungut biaya)",
                    "label_en": "Issuing the SIP (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                        "Perizinan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                (
                    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan "
                    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                    "Perizinan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan dan meja konsultasi di MPP Kota Contoh, komputer terhubung sistem "
                "OSS dan SIMBG, printer, pemindai dokumen, mesin antrean"
            ),
            "staff_competence": (
                "Memahami peraturan perizinan berusaha berbasis risiko dan bangunan gedung, mampu "
                "mengoperasikan OSS dan SIMBG, berkomunikasi dengan baik"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pelayanan Perizinan dan Inspektorat Kota Contoh; "
                "audit jejak elektronik permohonan"
            ),
            "staff_count": (
                "10 orang: 4 petugas front office, 3 verifikator, 2 petugas konsultasi, 1 pejabat "
                "penandatangan"
            ),
            "service_guarantee": (
                "Permohonan yang lengkap dan benar diproses sesuai waktu penyelesaian; penolakan "
                "disampaikan tertulis beserta alasannya."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap triwulan dan evaluasi kinerja pelaksana "
                "setiap bulan"
            ),
            "verified_on": "2026-09-15",
            "verified_by": "Kepala Bidang Pelayanan Perizinan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "izin-apotek",
        "name": "Surat Izin Apotek (SIA)",
        "name_en": "Pharmacy licence (SIA)",
        "agency": "dpmptsp",
        "category": "kesehatan",
        "synonyms": "SIA, izin apotek, buka apotek, apotek baru",
        "counters": ["Loket Perizinan 1", "Loket Perizinan 2"],
        "online_url": "https://oss.go.id",
        "standard": {
            "completion": (12, "working_days"),
            "product": "Surat Izin Apotek",
            "product_en": "Pharmacy licence",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                ("NIB dengan KBLI apotek", "NIB with the pharmacy KBLI code"),
                (
                    "Surat Izin Praktik Apoteker (SIPA) penanggung jawab",
                    "Practice licence (SIPA) of the pharmacist in charge",
                ),
                ("Denah bangunan dan peta lokasi", "Floor plan and location map"),
                ("Daftar sarana, prasarana dan peralatan", "List of facilities and equipment"),
                ("Daftar tenaga kefarmasian", "List of pharmacy staff"),
                (
                    "Bukti kepemilikan atau perjanjian sewa bangunan",
                    "Proof of ownership or lease of the building",
                ),
                ("PBG/IMB bangunan", "Building approval (PBG/IMB)"),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan melalui OSS",
                    "text_en": "The applicant applies through OSS",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Pemeriksaan kesiapan apotek oleh tim Dinas Kesehatan",
                    "text_en": "Inspection of the pharmacy by the Health Office team",
                    "actor": "Dinas Kesehatan",
                    "actor_en": "Health Office",
                    "duration": (6, "working_days"),
                },
                {
                    "text": "Penerbitan berita acara pemeriksaan dan SIA",
                    "text_en": "Issuing the inspection report and the SIA",
                    "actor": "Kepala DPMPTSP",
                    "actor_en": "Head of DPMPTSP",
                    "duration": (6, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Penerbitan SIA (contoh: tidak dipungut biaya)",
                    "label_en": "Issuing the SIA (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                        "Perizinan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                (
                    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan "
                    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"
                ),
                "Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek",
                (
                    "Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan "
                    "Berusaha Berbasis Risiko"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                    "Perizinan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pelayanan dan meja konsultasi di MPP Kota Contoh, komputer terhubung sistem "
                "OSS dan SIMBG, printer, pemindai dokumen, mesin antrean"
            ),
            "staff_competence": (
                "Memahami peraturan perizinan berusaha berbasis risiko dan bangunan gedung, mampu "
                "mengoperasikan OSS dan SIMBG, berkomunikasi dengan baik"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pelayanan Perizinan dan Inspektorat Kota Contoh; "
                "audit jejak elektronik permohonan"
            ),
            "staff_count": None,
            "service_guarantee": (
                "Permohonan yang lengkap dan benar diproses sesuai waktu penyelesaian; penolakan "
                "disampaikan tertulis beserta alasannya."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": None,
            "verified_on": "2026-09-15",
            "verified_by": "Kepala Bidang Pelayanan Perizinan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "izin-operasional-paud",
        "name": "Izin Operasional Satuan Pendidikan Anak Usia Dini (PAUD)",
        "name_en": None,
        "agency": "dpmptsp",
        "category": "pendidikan",
        "synonyms": "izin PAUD, izin TK, kelompok bermain, KB, TPA, izin operasional sekolah",
        "counters": ["Loket Perizinan 1", "Loket Perizinan 2"],
        "online_url": None,
        "standard": {
            "completion": (14, "working_days"),
            "product": "Izin operasional satuan PAUD",
            "product_en": None,
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan DPMPTSP "
                "(0812-0000-2345), email dpmptsp@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": None,
            "requirements": [
                ("Akta pendirian yayasan/badan penyelenggara dan SK pengesahan", None),
                ("Rekomendasi Dinas Pendidikan Kota Contoh", None),
                ("Data calon peserta didik dan pendidik", None),
                ("Kurikulum dan program pembelajaran", None),
                ("Bukti kepemilikan atau sewa lahan dan bangunan paling singkat 5 tahun", None),
                ("Struktur organisasi dan tata kerja", None),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan dan berkas di loket",
                    "text_en": None,
                    "actor": "Pemohon",
                    "actor_en": None,
                    "duration": None,
                },
                {
                    "text": "Verifikasi berkas dan visitasi oleh Dinas Pendidikan",
                    "text_en": None,
                    "actor": "Dinas Pendidikan",
                    "actor_en": None,
                    "duration": (10, "working_days"),
                },
                {
                    "text": "Penerbitan izin operasional",
                    "text_en": None,
                    "actor": "Kepala DPMPTSP",
                    "actor_en": None,
                    "duration": (4, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Izin operasional PAUD (contoh: tidak dipungut biaya)",
                    "label_en": None,
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                        "Perizinan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 20 Tahun 2025 tentang Standar Pelayanan "
                    "Perizinan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": None,
            "infrastructure": (
                "Ruang pelayanan dan meja konsultasi di MPP Kota Contoh, komputer terhubung sistem "
                "OSS dan SIMBG, printer, pemindai dokumen, mesin antrean"
            ),
            "staff_competence": (
                "Memahami peraturan perizinan berusaha berbasis risiko dan bangunan gedung, mampu "
                "mengoperasikan OSS dan SIMBG, berkomunikasi dengan baik"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pelayanan Perizinan dan Inspektorat Kota Contoh; "
                "audit jejak elektronik permohonan"
            ),
            "staff_count": (
                "10 orang: 4 petugas front office, 3 verifikator, 2 petugas konsultasi, 1 pejabat "
                "penandatangan"
            ),
            "service_guarantee": (
                "Permohonan yang lengkap dan benar diproses sesuai waktu penyelesaian; penolakan "
                "disampaikan tertulis beserta alasannya."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap triwulan dan evaluasi kinerja pelaksana "
                "setiap bulan"
            ),
            "verified_on": "2026-05-20",
            "verified_by": "Kepala Bidang Pelayanan Perizinan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": None,
        },
    },
    {
        "slug": "spmb",
        "name": "Sistem Penerimaan Murid Baru (SPMB) SD dan SMP",
        "name_en": "New student admission (SPMB) for primary and junior secondary schools",
        "agency": "disdik",
        "category": "pendidikan",
        "synonyms": (
            "PPDB, SPMB, penerimaan siswa baru, pendaftaran sekolah, daftar SD, daftar SMP, "
            "zonasi, domisili, afirmasi, mutasi, prestasi"
        ),
        "counters": ["Loket Pendidikan", "Loket Kantor Dinas"],
        "online_url": "https://spmb.contoh.go.id",
        # Registration runs on set dates each year (demo dates).
        "registration_opens": "2026-06-08",
        "registration_closes": "2026-06-19",
        "registration_yearly": True,
        "standard": {
            "completion": (5, "working_days"),
            "product": "Pengumuman hasil seleksi dan surat keterangan diterima di sekolah tujuan",
            "product_en": "Published selection results and letter of acceptance from the school",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Email Pengaduan Dinas Pendidikan "
                "(pengaduan.disdik@contoh.go.id), email disdik@contoh.go.id, kotak saran di loket, "
                "atau SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi "
                "nomor, dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Email Pengaduan Dinas Pendidikan "
                "(pengaduan.disdik@contoh.go.id), email disdik@contoh.go.id, the suggestion box at "
                "the counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is "
                "logged, numbered and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Kutipan akta kelahiran calon murid",
                    "Birth certificate of the prospective pupil",
                ),
                (
                    (
                        "Kartu Keluarga yang diterbitkan paling singkat 1 tahun sebelum tanggal "
                        "pendaftaran (jalur domisili)"
                    ),
                    (
                        "Family card issued at least 1 year before the registration date "
                        "(residence track)"
                    ),
                ),
                (
                    "Usia 7 tahun, atau paling rendah 6 tahun pada 1 Juli tahun berjalan (SD)",
                    "Aged 7, or at least 6 on 1 July of the current year (primary school)",
                ),
                (
                    "Ijazah SD atau surat keterangan lulus, usia paling tinggi 15 tahun (SMP)",
                    (
                        "Primary school certificate or letter of graduation, aged 15 at most "
                        "(junior secondary)"
                    ),
                ),
                (
                    (
                        "Bukti keikutsertaan dalam program penanganan keluarga tidak mampu atau "
                        "surat keterangan disabilitas (jalur afirmasi)"
                    ),
                    (
                        "Proof of participation in a low-income family programme or disability "
                        "certificate (affirmative track)"
                    ),
                ),
                (
                    "Surat penugasan orang tua/wali dari instansi atau perusahaan (jalur mutasi)",
                    "Parent's transfer letter from the employer (transfer track)",
                ),
                (
                    "Rapor dan sertifikat/piagam prestasi (jalur prestasi)",
                    "School reports and achievement certificates (achievement track)",
                ),
            ],
            "steps": [
                {
                    "text": (
                        "Orang tua mendaftar akun dan memilih jalur serta sekolah di laman SPMB, "
                        "atau dibantu di loket"
                    ),
                    "text_en": (
                        "Parents register an account and choose the track and schools on the SPMB "
                        "website, or get help at the counter"
                    ),
                    "actor": "Orang tua/wali",
                    "actor_en": "Parent/guardian",
                    "duration": (30, "minutes"),
                },
                {
                    "text": "Verifikasi berkas oleh sekolah tujuan",
                    "text_en": "Document verification by the chosen school",
                    "actor": "Operator sekolah",
                    "actor_en": "School operator",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Seleksi dan pemeringkatan otomatis sesuai jalur",
                    "text_en": "Automatic selection and ranking per track",
                    "actor": "Panitia SPMB",
                    "actor_en": "Admission committee",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Pengumuman hasil seleksi di laman SPMB dan di sekolah",
                    "text_en": "Results published on the SPMB website and at the school",
                    "actor": "Panitia SPMB",
                    "actor_en": "Admission committee",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Daftar ulang di sekolah tujuan",
                    "text_en": "Re-registration at the school",
                    "actor": "Orang tua/wali",
                    "actor_en": "Parent/guardian",
                    "duration": None,
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Pendaftaran dan daftar ulang di sekolah negeri (contoh: tidak dipungut "
                        "biaya)"
                    ),
                    "label_en": (
                        "Registration and re-registration at public schools (example: no charge)"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 5 Tahun 2026 tentang Petunjuk Teknis "
                        "SPMB (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
                (
                    "Peraturan Menteri Pendidikan Dasar dan Menengah Nomor 3 Tahun 2025 tentang "
                    "Sistem Penerimaan Murid Baru"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 5 Tahun 2026 tentang Petunjuk Teknis SPMB "
                    "(contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket pelayanan di MPP dan di kantor dinas, komputer, printer, stempel dinas, "
                "laman SPMB"
            ),
            "staff_competence": (
                "Memahami peraturan penerimaan murid dan administrasi sekolah, mampu "
                "mengoperasikan Dapodik dan laman SPMB"
            ),
            "internal_supervision": "Pengawasan oleh Sekretaris Dinas dan Inspektorat Kota Contoh",
            "staff_count": "6 orang petugas pelayanan",
            "service_guarantee": (
                "Pelayanan sesuai standar ini; pemohon yang tidak puas dapat meminta penjelasan "
                "kepada Kepala Dinas."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap tahun dan evaluasi kinerja setiap semester"
            ),
            "verified_on": "2026-10-20",
            "verified_by": "Sekretaris Dinas Pendidikan",
            "effective_from": "2026-03-02",
            "change_summary": (
                "Nama layanan diubah dari PPDB menjadi SPMB dan jalur zonasi menjadi jalur "
                "domisili."
            ),
            "change_summary_en": (
                "Service renamed from PPDB to SPMB; the zoning track became the residence track."
            ),
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "verified_on": "2024-12-16",
                "legal_bases": [
                    "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
                    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                    (
                        "Peraturan Wali Kota Contoh Nomor 8 Tahun 2025 tentang Standar Pelayanan "
                        "Dinas Pendidikan (contoh)"
                    ),
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan (PPDB).",
                "change_summary_en": "First published standard (PPDB).",
            },
        ],
    },
    {
        "slug": "mutasi-siswa",
        "name": "Rekomendasi Mutasi Siswa (Surat Pindah Sekolah)",
        "name_en": "Student transfer recommendation (school transfer letter)",
        "agency": "disdik",
        "category": "pendidikan",
        "synonyms": "mutasi siswa, pindah sekolah, surat pindah sekolah, rekomendasi pindah",
        "counters": ["Loket Pendidikan", "Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (3, "working_days"),
            "product": "Surat rekomendasi mutasi siswa",
            "product_en": "Student transfer recommendation letter",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Email Pengaduan Dinas Pendidikan "
                "(pengaduan.disdik@contoh.go.id), email disdik@contoh.go.id, kotak saran di loket, "
                "atau SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi "
                "nomor, dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Email Pengaduan Dinas Pendidikan "
                "(pengaduan.disdik@contoh.go.id), email disdik@contoh.go.id, the suggestion box at "
                "the counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is "
                "logged, numbered and answered within 5 working days."
            ),
            "requirements": [
                ("Surat permohonan orang tua/wali", "Request letter from the parent/guardian"),
                (
                    "Surat keterangan pindah dari sekolah asal",
                    "Transfer letter from the current school",
                ),
                (
                    "Surat keterangan bersedia menerima dari sekolah tujuan",
                    "Letter of acceptance from the new school",
                ),
                ("Rapor asli", "Original school report"),
                ("Fotokopi Kartu Keluarga", "Copy of the family card"),
                ("Nomor Induk Siswa Nasional (NISN)", "National student number (NISN)"),
            ],
            "steps": [
                {
                    "text": "Orang tua menyerahkan berkas di loket",
                    "text_en": "The parent hands in the documents",
                    "actor": "Orang tua/wali",
                    "actor_en": "Parent/guardian",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi berkas dan data Dapodik",
                    "text_en": "Checking the documents and Dapodik data",
                    "actor": "Petugas Pendidikan",
                    "actor_en": "Education officer",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Penandatanganan rekomendasi",
                    "text_en": "Signing the recommendation",
                    "actor": "Kepala Bidang Pembinaan",
                    "actor_en": "Head of School Development",
                    "duration": (1, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Rekomendasi mutasi (contoh: tidak dipungut biaya)",
                    "label_en": "Transfer recommendation (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 8 Tahun 2025 tentang Standar Pelayanan "
                        "Dinas Pendidikan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 8 Tahun 2025 tentang Standar Pelayanan Dinas "
                    "Pendidikan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket pelayanan di MPP dan di kantor dinas, komputer, printer, stempel dinas, "
                "laman SPMB"
            ),
            "staff_competence": (
                "Memahami peraturan penerimaan murid dan administrasi sekolah, mampu "
                "mengoperasikan Dapodik dan laman SPMB"
            ),
            "internal_supervision": "Pengawasan oleh Sekretaris Dinas dan Inspektorat Kota Contoh",
            "staff_count": "6 orang petugas pelayanan",
            "service_guarantee": (
                "Pelayanan sesuai standar ini; pemohon yang tidak puas dapat meminta penjelasan "
                "kepada Kepala Dinas."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap tahun dan evaluasi kinerja setiap semester"
            ),
            "verified_on": "2026-08-11",
            "verified_by": "Sekretaris Dinas Pendidikan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "legalisir-ijazah",
        "name": "Legalisir Ijazah/STTB",
        "name_en": "Certified copies of school certificates",
        "agency": "disdik",
        "category": "pendidikan",
        "synonyms": (
            "legalisir ijazah, legalisasi ijazah, STTB, pengesahan fotokopi ijazah, sekolah tutup"
        ),
        "counters": ["Loket Pendidikan", "Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (30, "minutes"),
            "product": (
                "Fotokopi ijazah/STTB yang disahkan (untuk sekolah yang sudah tutup atau digabung)"
            ),
            "product_en": (
                "Certified copies of school certificates (for schools that have closed or merged)"
            ),
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Email Pengaduan Dinas Pendidikan "
                "(pengaduan.disdik@contoh.go.id), email disdik@contoh.go.id, kotak saran di loket, "
                "atau SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi "
                "nomor, dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Email Pengaduan Dinas Pendidikan "
                "(pengaduan.disdik@contoh.go.id), email disdik@contoh.go.id, the suggestion box at "
                "the counter, or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is "
                "logged, numbered and answered within 5 working days."
            ),
            "requirements": [
                ("Ijazah/STTB asli", "Original school certificate"),
                ("Fotokopi ijazah/STTB yang akan dilegalisir", "Photocopies to be certified"),
                (
                    "KTP-el pemilik ijazah atau surat kuasa",
                    "KTP-el of the certificate holder or a power of attorney",
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon menyerahkan ijazah asli dan fotokopinya",
                    "text_en": "The applicant hands in the original and the copies",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (5, "minutes"),
                },
                {
                    "text": "Pencocokan dengan buku induk atau arsip sekolah",
                    "text_en": "Comparing with the school register or archive",
                    "actor": "Petugas Pendidikan",
                    "actor_en": "Education officer",
                    "duration": (15, "minutes"),
                },
                {
                    "text": "Penandatanganan dan pembayaran di kasir (QRIS)",
                    "text_en": "Signing and payment at the cashier (QRIS)",
                    "actor": "Pejabat berwenang",
                    "actor_en": "Authorised official",
                    "duration": (10, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Lulusan tahun berjalan, hingga 5 lembar (contoh)",
                    "label_en": "Graduates of the current year, up to 5 sheets (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "per_unit",
                    "label": "Legalisir fotokopi ijazah/STTB (contoh)",
                    "label_en": "Certified copy of a school certificate (example)",
                    "amount": 2500,
                    "amount_max": None,
                    "unit": "lembar",
                    "unit_en": "sheet",
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang "
                    "Pengesahan Fotokopi Ijazah/Surat Tanda Tamat Belajar, Surat Keterangan "
                    "Pengganti yang Berpenghargaan Sama dengan Ijazah/Surat Tanda Tamat Belajar, "
                    "Rapor, Transkrip Akademik, Surat Keterangan Pengganti Ijazah/Surat Tanda "
                    "Tamat Belajar, dan Surat Keterangan Hasil Ujian Nasional"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 8 Tahun 2025 tentang Standar Pelayanan Dinas "
                    "Pendidikan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket pelayanan di MPP dan di kantor dinas, komputer, printer, stempel dinas, "
                "laman SPMB"
            ),
            "staff_competence": (
                "Memahami peraturan penerimaan murid dan administrasi sekolah, mampu "
                "mengoperasikan Dapodik dan laman SPMB"
            ),
            "internal_supervision": "Pengawasan oleh Sekretaris Dinas dan Inspektorat Kota Contoh",
            "staff_count": "6 orang petugas pelayanan",
            "service_guarantee": (
                "Pelayanan sesuai standar ini; pemohon yang tidak puas dapat meminta penjelasan "
                "kepada Kepala Dinas."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap tahun dan evaluasi kinerja setiap semester"
            ),
            "verified_on": "2026-10-20",
            "verified_by": "Sekretaris Dinas Pendidikan",
            "effective_from": "2026-01-05",
            "change_summary": (
                "Tarif legalisir per lembar disesuaikan dari Rp2.000 menjadi Rp2.500; lulusan "
                "tahun berjalan gratis hingga 5 lembar."
            ),
            "change_summary_en": (
                "Fee per certified sheet changed from Rp2,000 to Rp2,500; graduates of the current "
                "year get up to 5 sheets free."
            ),
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "verified_on": "2024-12-16",
                "completion": (1, "working_days"),
                "fees": [
                    {
                        "kind": "per_unit",
                        "label": "Legalisir fotokopi ijazah/STTB (contoh)",
                        "label_en": "Certified copy of a school certificate (example)",
                        "amount": 2000,
                        "amount_max": None,
                        "unit": "lembar",
                        "unit_en": "sheet",
                        "formula": None,
                        "formula_en": None,
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
            {
                "effective_from": "2025-07-01",
                "verified_on": "2025-06-20",
                "fees": [
                    {
                        "kind": "per_unit",
                        "label": "Legalisir fotokopi ijazah/STTB (contoh)",
                        "label_en": "Certified copy of a school certificate (example)",
                        "amount": 2000,
                        "amount_max": None,
                        "unit": "lembar",
                        "unit_en": "sheet",
                        "formula": None,
                        "formula_en": None,
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                ],
                "change_summary": (
                    "Waktu penyelesaian dipersingkat dari 1 hari kerja menjadi 30 menit."
                ),
                "change_summary_en": "Completion time shortened from 1 working day to 30 minutes.",
            },
        ],
    },
    {
        "slug": "pengganti-ijazah",
        "name": "Surat Keterangan Pengganti Ijazah/STTB yang Hilang atau Rusak",
        "name_en": None,
        "agency": "disdik",
        "category": "pendidikan",
        "synonyms": (
            "ijazah hilang, ijazah rusak, pengganti ijazah, surat keterangan pengganti, STTB hilang"
        ),
        "counters": ["Loket Kantor Dinas"],
        "online_url": None,
        "standard": {
            "completion": (14, "working_days"),
            "product": (
                "Surat keterangan pengganti ijazah/STTB yang berpenghargaan sama dengan ijazah"
            ),
            "product_en": None,
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Email Pengaduan Dinas Pendidikan "
                "(pengaduan.disdik@contoh.go.id), email disdik@contoh.go.id, kotak saran di loket, "
                "atau SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi "
                "nomor, dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": None,
            "requirements": [
                ("Surat keterangan kehilangan dari kepolisian (ijazah hilang)", None),
                ("Ijazah yang rusak (ijazah rusak)", None),
                ("Fotokopi ijazah, jika masih ada", None),
                ("Surat pernyataan 2 orang saksi teman seangkatan, bermaterai", None),
                ("Surat keterangan dari sekolah yang menerbitkan ijazah", None),
                ("Fotokopi KTP-el dan pas foto 3x4 sebanyak 2 lembar", None),
            ],
            "steps": [
                {
                    "text": "Pemohon menyerahkan berkas di loket",
                    "text_en": None,
                    "actor": "Pemohon",
                    "actor_en": None,
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Penelusuran data pada buku induk dan arsip",
                    "text_en": None,
                    "actor": "Petugas Pendidikan",
                    "actor_en": None,
                    "duration": (10, "working_days"),
                },
                {
                    "text": "Penandatanganan surat keterangan oleh Kepala Dinas",
                    "text_en": None,
                    "actor": "Kepala Dinas Pendidikan",
                    "actor_en": None,
                    "duration": (3, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Surat keterangan pengganti (contoh: tidak dipungut biaya)",
                    "label_en": None,
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 8 Tahun 2025 tentang Standar Pelayanan "
                        "Dinas Pendidikan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 8 Tahun 2025 tentang Standar Pelayanan Dinas "
                    "Pendidikan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": None,
            "infrastructure": (
                "Loket pelayanan di MPP dan di kantor dinas, komputer, printer, stempel dinas, "
                "laman SPMB"
            ),
            "staff_competence": (
                "Memahami peraturan penerimaan murid dan administrasi sekolah, mampu "
                "mengoperasikan Dapodik dan laman SPMB"
            ),
            "internal_supervision": "Pengawasan oleh Sekretaris Dinas dan Inspektorat Kota Contoh",
            "staff_count": None,
            "service_guarantee": (
                "Pelayanan sesuai standar ini; pemohon yang tidak puas dapat meminta penjelasan "
                "kepada Kepala Dinas."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap tahun dan evaluasi kinerja setiap semester"
            ),
            "verified_on": "2026-04-14",
            "verified_by": "Sekretaris Dinas Pendidikan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": None,
        },
    },
    {
        "slug": "pbb-p2",
        "name": "Pelayanan PBB-P2: Pendaftaran Objek Baru, Mutasi dan Salinan SPPT",
        "name_en": "Land and building tax (PBB-P2): new objects, transfers and copies of tax bills",
        "agency": "bapenda",
        "category": "pajak",
        "synonyms": (
            "PBB, pajak bumi dan bangunan, SPPT, mutasi PBB, balik nama PBB, NOP, pecah NOP, "
            "salinan SPPT, bayar PBB"
        ),
        "counters": ["Loket PBB"],
        "online_url": "https://pajak.contoh.go.id",
        "standard": {
            "completion": (5, "working_days"),
            "product": "SPPT PBB-P2 atas nama wajib pajak yang benar",
            "product_en": "PBB-P2 tax bill (SPPT) in the correct taxpayer's name",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Layanan Informasi Pajak Bapenda "
                "((0000) 123-499), email bapenda@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Layanan Informasi Pajak Bapenda ((0000) "
                "123-499), email bapenda@contoh.go.id, the suggestion box at the counter, or "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered and "
                "answered within 5 working days."
            ),
            "requirements": [
                (
                    "Formulir SPOP dan LSPOP yang telah diisi",
                    "Completed property data forms (SPOP and LSPOP)",
                ),
                ("Fotokopi KTP-el wajib pajak", "Copy of the taxpayer's KTP-el"),
                (
                    "Fotokopi bukti kepemilikan: sertifikat, akta jual beli atau akta hibah",
                    "Copy of proof of ownership: title certificate, sale deed or gift deed",
                ),
                ("SPPT tahun terakhir (untuk mutasi)", "Most recent SPPT (for transfers)"),
                (
                    "Bukti lunas PBB-P2 tahun sebelumnya",
                    "Proof of payment of the previous year's PBB-P2",
                ),
                (
                    "Surat kuasa bermaterai (jika dikuasakan)",
                    "Power of attorney with duty stamp (if someone applies on your behalf)",
                ),
            ],
            "steps": [
                {
                    "text": "Wajib pajak menyerahkan berkas di loket atau secara online",
                    "text_en": "The taxpayer hands in the documents at the counter or online",
                    "actor": "Wajib Pajak",
                    "actor_en": "Taxpayer",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Penelitian berkas dan, bila perlu, peninjauan lapangan",
                    "text_en": "Document review and, if needed, a site visit",
                    "actor": "Petugas Penilai",
                    "actor_en": "Assessor",
                    "duration": (3, "working_days"),
                },
                {
                    "text": "Pemutakhiran basis data dan pencetakan SPPT",
                    "text_en": "Updating the database and printing the SPPT",
                    "actor": "Petugas Pendataan",
                    "actor_en": "Data officer",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Pembayaran PBB-P2 melalui bank, QRIS atau kanal resmi",
                    "text_en": "Paying the PBB-P2 through a bank, QRIS or another official channel",
                    "actor": "Wajib Pajak",
                    "actor_en": "Taxpayer",
                    "duration": None,
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Pendaftaran objek, mutasi dan salinan SPPT: pelayanan gratis (contoh)"
                    ),
                    "label_en": (
                        "Registration, transfer and SPPT copies: service free of charge (example)"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                        "Pajak Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "formula",
                    "label": "PBB-P2 terutang (contoh)",
                    "label_en": "PBB-P2 tax due (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": (
                        "Tarif 0,1% (NJOP sampai Rp1 miliar) atau 0,2% (NJOP di atas Rp1 miliar) x "
                        "(NJOP - NJOPTKP Rp10.000.000)"
                    ),
                    "formula_en": (
                        "Rate 0.1% (NJOP up to Rp1 billion) or 0.2% (NJOP above Rp1 billion) x "
                        "(NJOP - non-taxable NJOP of Rp10,000,000)"
                    ),
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah "
                    "dan Retribusi Daerah"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                    "Pajak Daerah (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket di MPP Kota Contoh, komputer terhubung sistem informasi pajak daerah, "
                "printer SPPT, mesin antrean, QRIS resmi Pemerintah Kota Contoh"
            ),
            "staff_competence": (
                "Memahami peraturan pajak daerah, penilaian objek pajak dan sistem informasi pajak "
                "daerah"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pajak Daerah dan Inspektorat Kota Contoh; "
                "rekonsiliasi penerimaan dengan bank persepsi setiap hari"
            ),
            "staff_count": "9 orang: 5 petugas loket, 2 penilai, 2 verifikator",
            "service_guarantee": (
                "Setiap pembayaran dibuktikan dengan tanda bukti resmi dari bank atau QRIS; "
                "petugas tidak menerima uang tunai."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap semester",
            "verified_on": "2026-10-05",
            "verified_by": "Kepala Bidang Pajak Daerah",
            "effective_from": "2026-02-02",
            "change_summary": (
                "Waktu penyelesaian dipersingkat dari 10 hari kerja menjadi 5 hari kerja."
            ),
            "change_summary_en": (
                "Completion time shortened from 10 working days to 5 working days."
            ),
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "completion": (10, "working_days"),
                "verified_on": "2024-12-19",
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "bphtb",
        "name": "Validasi BPHTB (Bea Perolehan Hak atas Tanah dan Bangunan)",
        "name_en": "Validation of land and building acquisition duty (BPHTB)",
        "agency": "bapenda",
        "category": "pajak",
        "synonyms": (
            "BPHTB, pajak jual beli tanah, pajak pembeli, balik nama sertifikat, validasi BPHTB, "
            "hibah, waris, e-BPHTB"
        ),
        "counters": ["Loket BPHTB"],
        "online_url": "https://pajak.contoh.go.id/bphtb",
        "standard": {
            "completion": (3, "working_days"),
            "product": "SSPD BPHTB yang telah divalidasi",
            "product_en": "Validated BPHTB payment form (SSPD)",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Layanan Informasi Pajak Bapenda "
                "((0000) 123-499), email bapenda@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Layanan Informasi Pajak Bapenda ((0000) "
                "123-499), email bapenda@contoh.go.id, the suggestion box at the counter, or "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered and "
                "answered within 5 working days."
            ),
            "requirements": [
                ("SSPD BPHTB yang telah diisi", "Completed BPHTB payment form (SSPD)"),
                ("Fotokopi KTP-el wajib pajak", "Copy of the taxpayer's KTP-el"),
                ("Fotokopi sertifikat tanah", "Copy of the land title certificate"),
                (
                    "SPPT PBB-P2 dan bukti lunas tahun berjalan",
                    "Current PBB-P2 tax bill and proof of payment",
                ),
                (
                    "Draf akta PPAT atau akta hibah",
                    "Draft deed from the land deed official (PPAT) or gift deed",
                ),
                (
                    "Surat keterangan waris (untuk waris)",
                    "Certificate of inheritance (for inheritance)",
                ),
            ],
            "steps": [
                {
                    "text": "PPAT atau wajib pajak mengisi SSPD di e-BPHTB",
                    "text_en": "The land deed official or taxpayer fills in the SSPD in e-BPHTB",
                    "actor": "Wajib Pajak",
                    "actor_en": "Taxpayer",
                    "duration": (15, "minutes"),
                },
                {
                    "text": (
                        "Penelitian nilai perolehan; peninjauan lapangan bila nilai di bawah nilai "
                        "pasar wajar"
                    ),
                    "text_en": (
                        "Review of the declared value; site visit if it is below fair market value"
                    ),
                    "actor": "Petugas Penilai",
                    "actor_en": "Assessor",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Pembayaran BPHTB melalui bank atau QRIS",
                    "text_en": "Paying the BPHTB through a bank or QRIS",
                    "actor": "Wajib Pajak",
                    "actor_en": "Taxpayer",
                    "duration": None,
                },
                {
                    "text": "Validasi SSPD",
                    "text_en": "Validating the SSPD",
                    "actor": "Petugas Validasi",
                    "actor_en": "Validation officer",
                    "duration": (1, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "formula",
                    "label": "BPHTB jual beli, hibah dan perolehan lain (contoh)",
                    "label_en": "BPHTB for sale, gift and other acquisitions (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": "5% x (NPOP - NPOPTKP), NPOPTKP Rp80.000.000 (contoh)",
                    "formula_en": (
                        "5% x (acquisition value NPOP - non-taxable value NPOPTKP), NPOPTKP "
                        "Rp80,000,000 (example)"
                    ),
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "formula",
                    "label": "BPHTB waris dan hibah wasiat kepada keluarga sedarah (contoh)",
                    "label_en": "BPHTB for inheritance and bequests to blood relatives (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": "5% x (NPOP - NPOPTKP), NPOPTKP Rp300.000.000 (contoh)",
                    "formula_en": "5% x (NPOP - NPOPTKP), NPOPTKP Rp300,000,000 (example)",
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "free",
                    "label": "Pelayanan validasi BPHTB: gratis (contoh)",
                    "label_en": "BPHTB validation service: free of charge (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                        "Pajak Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah "
                    "dan Retribusi Daerah"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                    "Pajak Daerah (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket di MPP Kota Contoh, komputer terhubung sistem informasi pajak daerah, "
                "printer SPPT, mesin antrean, QRIS resmi Pemerintah Kota Contoh"
            ),
            "staff_competence": (
                "Memahami peraturan pajak daerah, penilaian objek pajak dan sistem informasi pajak "
                "daerah"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pajak Daerah dan Inspektorat Kota Contoh; "
                "rekonsiliasi penerimaan dengan bank persepsi setiap hari"
            ),
            "staff_count": "9 orang: 5 petugas loket, 2 penilai, 2 verifikator",
            "service_guarantee": (
                "Setiap pembayaran dibuktikan dengan tanda bukti resmi dari bank atau QRIS; "
                "petugas tidak menerima uang tunai."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap semester",
            "verified_on": "2026-10-05",
            "verified_by": "Kepala Bidang Pajak Daerah",
            "effective_from": "2024-01-05",
            "change_summary": (
                "NPOPTKP dinaikkan dari Rp60.000.000 menjadi Rp80.000.000 menyesuaikan "
                "Undang-Undang Nomor 1 Tahun 2022."
            ),
            "change_summary_en": (
                "Non-taxable value (NPOPTKP) raised from Rp60,000,000 to Rp80,000,000 following "
                "Law No. 1 of 2022."
            ),
        },
        "history": [
            {
                "effective_from": "2023-01-02",
                "verified_on": "2022-12-20",
                "fees": [
                    {
                        "kind": "formula",
                        "label": "BPHTB jual beli, hibah dan perolehan lain (contoh)",
                        "label_en": "BPHTB for sale, gift and other acquisitions (example)",
                        "amount": None,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": "5% x (NPOP - NPOPTKP), NPOPTKP Rp60.000.000 (contoh)",
                        "formula_en": (
                            "5% x (acquisition value NPOP - non-taxable value NPOPTKP), NPOPTKP "
                            "Rp60,000,000 (example)"
                        ),
                        "regulation": (
                            "Perda Kota Contoh No. 5 Tahun 2011 tentang Bea Perolehan Hak atas "
                            "Tanah dan Bangunan (contoh)"
                        ),
                        "incidental": False,
                    },
                    {
                        "kind": "formula",
                        "label": "BPHTB waris dan hibah wasiat kepada keluarga sedarah (contoh)",
                        "label_en": (
                            "BPHTB for inheritance and bequests to blood relatives (example)"
                        ),
                        "amount": None,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": "5% x (NPOP - NPOPTKP), NPOPTKP Rp300.000.000 (contoh)",
                        "formula_en": "5% x (NPOP - NPOPTKP), NPOPTKP Rp300,000,000 (example)",
                        "regulation": (
                            "Perda Kota Contoh No. 5 Tahun 2011 tentang Bea Perolehan Hak atas "
                            "Tanah dan Bangunan (contoh)"
                        ),
                        "incidental": False,
                    },
                    {
                        "kind": "free",
                        "label": "Pelayanan validasi BPHTB: gratis (contoh)",
                        "label_en": "BPHTB validation service: free of charge (example)",
                        "amount": None,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": None,
                        "formula_en": None,
                        "regulation": (
                            "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara "
                            "Pelayanan Pajak Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                ],
                "legal_bases": [
                    "Undang-Undang Nomor 28 Tahun 2009 tentang Pajak Daerah dan Retribusi Daerah",
                    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                    (
                        "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                        "Pajak Daerah (contoh)"
                    ),
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "npwpd-pbjt",
        "name": "Pendaftaran NPWPD Pajak Barang dan Jasa Tertentu (Restoran dan Hotel)",
        "name_en": "Local taxpayer registration (NPWPD) for restaurants and hotels",
        "agency": "bapenda",
        "category": "pajak",
        "synonyms": (
            "NPWPD, pajak restoran, pajak hotel, PBJT, pajak makan minum, pajak perhotelan, pajak "
            "daerah"
        ),
        "counters": ["Loket Pajak Daerah"],
        "online_url": "https://pajak.contoh.go.id",
        "standard": {
            "completion": (3, "working_days"),
            "product": "Nomor Pokok Wajib Pajak Daerah (NPWPD) dan kartu NPWPD",
            "product_en": "Local taxpayer number (NPWPD) and card",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Layanan Informasi Pajak Bapenda "
                "((0000) 123-499), email bapenda@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Layanan Informasi Pajak Bapenda ((0000) "
                "123-499), email bapenda@contoh.go.id, the suggestion box at the counter, or "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered and "
                "answered within 5 working days."
            ),
            "requirements": [
                ("Formulir pendaftaran wajib pajak daerah", "Local taxpayer registration form"),
                (
                    "Fotokopi KTP-el pemilik atau penanggung jawab",
                    "Copy of the owner's or manager's KTP-el",
                ),
                ("NIB", "NIB"),
                (
                    "NPWP (bagi orang pribadi dapat menggunakan NIK)",
                    "Tax number (NPWP); individuals may use their NIK",
                ),
                ("Akta pendirian (untuk badan usaha)", "Deed of establishment (for companies)"),
                ("Denah dan foto lokasi usaha", "Floor plan and photos of the business"),
                (
                    "Daftar menu dan harga atau daftar tarif kamar",
                    "Menu and price list, or room rates",
                ),
            ],
            "steps": [
                {
                    "text": "Wajib pajak mengisi formulir dan menyerahkan berkas",
                    "text_en": "The taxpayer fills in the form and hands in the documents",
                    "actor": "Wajib Pajak",
                    "actor_en": "Taxpayer",
                    "duration": (15, "minutes"),
                },
                {
                    "text": "Verifikasi berkas dan peninjauan lokasi usaha",
                    "text_en": "Document check and visit to the business",
                    "actor": "Petugas Pendataan",
                    "actor_en": "Data officer",
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Penerbitan NPWPD",
                    "text_en": "Issuing the NPWPD",
                    "actor": "Kepala Bidang Pajak Daerah",
                    "actor_en": "Head of Local Taxes",
                    "duration": (1, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Pendaftaran NPWPD: pelayanan gratis (contoh)",
                    "label_en": "NPWPD registration: service free of charge (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                        "Pajak Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "formula",
                    "label": "PBJT makanan dan/atau minuman dan jasa perhotelan (contoh)",
                    "label_en": "Tax on food and drink and hotel services (example)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": "10% x jumlah pembayaran yang diterima dari konsumen (contoh)",
                    "formula_en": "10% x amount paid by the customer (example)",
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah "
                    "dan Retribusi Daerah"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                    "Pajak Daerah (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket di MPP Kota Contoh, komputer terhubung sistem informasi pajak daerah, "
                "printer SPPT, mesin antrean, QRIS resmi Pemerintah Kota Contoh"
            ),
            "staff_competence": (
                "Memahami peraturan pajak daerah, penilaian objek pajak dan sistem informasi pajak "
                "daerah"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pajak Daerah dan Inspektorat Kota Contoh; "
                "rekonsiliasi penerimaan dengan bank persepsi setiap hari"
            ),
            "staff_count": "9 orang: 5 petugas loket, 2 penilai, 2 verifikator",
            "service_guarantee": (
                "Setiap pembayaran dibuktikan dengan tanda bukti resmi dari bank atau QRIS; "
                "petugas tidak menerima uang tunai."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap semester",
            "verified_on": "2026-10-05",
            "verified_by": "Kepala Bidang Pajak Daerah",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "pengurangan-pbb",
        "name": "Pengurangan atau Keringanan PBB-P2",
        "name_en": None,
        "agency": "bapenda",
        "category": "pajak",
        "synonyms": "keringanan PBB, pengurangan PBB, PBB mahal, keberatan PBB, lansia, veteran",
        "counters": ["Loket PBB"],
        "online_url": None,
        "standard": {
            "completion": (20, "working_days"),
            "product": "Surat Keputusan pengurangan PBB-P2",
            "product_en": None,
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Layanan Informasi Pajak Bapenda "
                "((0000) 123-499), email bapenda@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": None,
            "requirements": [
                ("Surat permohonan pengurangan", None),
                ("SPPT PBB-P2 tahun berjalan", None),
                ("Fotokopi KTP-el dan Kartu Keluarga", None),
                ("Surat keterangan penghasilan atau surat keterangan tidak mampu", None),
                ("Bukti lunas PBB-P2 tahun sebelumnya", None),
            ],
            "steps": [
                {
                    "text": "Wajib pajak menyerahkan permohonan di loket",
                    "text_en": None,
                    "actor": "Wajib Pajak",
                    "actor_en": None,
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Penelitian administrasi dan lapangan",
                    "text_en": None,
                    "actor": "Petugas Penilai",
                    "actor_en": None,
                    "duration": (15, "working_days"),
                },
                {
                    "text": "Penerbitan Surat Keputusan",
                    "text_en": None,
                    "actor": "Kepala Badan Pendapatan Daerah",
                    "actor_en": None,
                    "duration": (5, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Permohonan pengurangan (contoh: tidak dipungut biaya)",
                    "label_en": None,
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                        "Pajak Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah "
                    "dan Retribusi Daerah"
                ),
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 3 Tahun 2025 tentang Tata Cara Pelayanan "
                    "Pajak Daerah (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": None,
            "infrastructure": (
                "Loket di MPP Kota Contoh, komputer terhubung sistem informasi pajak daerah, "
                "printer SPPT, mesin antrean, QRIS resmi Pemerintah Kota Contoh"
            ),
            "staff_competence": (
                "Memahami peraturan pajak daerah, penilaian objek pajak dan sistem informasi pajak "
                "daerah"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Pajak Daerah dan Inspektorat Kota Contoh; "
                "rekonsiliasi penerimaan dengan bank persepsi setiap hari"
            ),
            "staff_count": None,
            "service_guarantee": (
                "Setiap pembayaran dibuktikan dengan tanda bukti resmi dari bank atau QRIS; "
                "petugas tidak menerima uang tunai."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": None,
            "verified_on": "2026-03-10",
            "verified_by": "Kepala Bidang Pajak Daerah",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": None,
        },
    },
    {
        "slug": "surat-keterangan-sehat",
        "name": "Surat Keterangan Sehat",
        "name_en": "Health certificate",
        "agency": "dinkes",
        "category": "kesehatan",
        "synonyms": (
            "surat sehat, keterangan sehat, surat keterangan dokter, surat dokter, syarat kerja, "
            "syarat sekolah, medical certificate"
        ),
        "counters": ["Loket Puskesmas Contoh Utara", "Loket Puskesmas Contoh Selatan"],
        "online_url": None,
        "standard": {
            "completion": (2, "hours"),
            "product": "Surat keterangan sehat yang ditandatangani dokter",
            "product_en": "Health certificate signed by a doctor",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Dinas "
                "Kesehatan (0812-0000-3456), email dinkes@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Dinas Kesehatan "
                "(0812-0000-3456), email dinkes@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                (
                    "KTP-el, kartu pelajar atau kartu identitas lain",
                    "KTP-el, student card or other identity card",
                ),
                (
                    "Surat pengantar dari instansi atau sekolah yang meminta (jika ada)",
                    "Letter from the requesting institution or school (if any)",
                ),
                (
                    "Anak di bawah 17 tahun didampingi orang tua/wali",
                    "Children under 17 must be accompanied by a parent or guardian",
                ),
            ],
            "steps": [
                {
                    "text": "Pendaftaran di loket Puskesmas",
                    "text_en": "Registration at the health centre counter",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": (
                        "Pemeriksaan tanda vital: tekanan darah, berat dan tinggi badan, "
                        "penglihatan"
                    ),
                    "text_en": "Vital signs: blood pressure, weight and height, eyesight",
                    "actor": "Perawat",
                    "actor_en": "Nurse",
                    "duration": (20, "minutes"),
                },
                {
                    "text": "Pemeriksaan fisik oleh dokter",
                    "text_en": "Physical examination by a doctor",
                    "actor": "Dokter",
                    "actor_en": "Doctor",
                    "duration": (20, "minutes"),
                },
                {
                    "text": "Pembayaran di kasir melalui QRIS atau tunai dengan karcis resmi",
                    "text_en": "Payment at the cashier by QRIS or cash with an official receipt",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Penerbitan surat keterangan sehat",
                    "text_en": "Issuing the health certificate",
                    "actor": "Dokter",
                    "actor_en": "Doctor",
                    "duration": (15, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "fixed",
                    "label": "Umum (contoh)",
                    "label_en": "General (example)",
                    "amount": 25000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Pelajar dan mahasiswa (contoh)",
                    "label_en": "Pupils and students (example)",
                    "amount": 10000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "free",
                    "label": "Penerima bantuan iuran JKN (PBI-JK) atau pemegang SKTM (contoh)",
                    "label_en": (
                        "Recipients of subsidised national health insurance (PBI-JK) or holders of "
                        "a low-income certificate (example)"
                    ),
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Pemeriksaan golongan darah, bila diminta (contoh)",
                    "label_en": "Blood group test, if requested (example)",
                    "amount": 15000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                (
                    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan "
                    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"
                ),
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 15 Tahun 2025 tentang Standar Pelayanan "
                    "Kesehatan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp, toilet disabilitas, ruang laktasi, ruang tunggu, antrean "
                "prioritas untuk lansia, penyandang disabilitas, ibu hamil dan anak"
            ),
            "facilities_en": (
                "Wheelchairs, ramp, accessible toilet, lactation room, waiting room, priority "
                "queue for older people, disabled people, pregnant women and children"
            ),
            "infrastructure": (
                "Ruang pemeriksaan di Puskesmas, alat pemeriksaan fisik dasar, laboratorium "
                "sederhana, komputer dan printer"
            ),
            "staff_competence": (
                "Dokter dan tenaga kesehatan yang memiliki STR dan SIP yang berlaku; petugas "
                "administrasi yang memahami standar pelayanan"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Puskesmas, Kepala Bidang Pelayanan Kesehatan dan "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "Sesuai jadwal jaga: minimal 1 dokter, 2 perawat, 1 petugas administrasi per lokasi"
            ),
            "service_guarantee": (
                "Pemeriksaan dilakukan oleh tenaga kesehatan berizin; tarif hanya dibayar di kasir "
                "dengan bukti pembayaran."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan audit mutu pelayanan setiap "
                "tahun"
            ),
            "verified_on": "2026-10-12",
            "verified_by": "Kepala Bidang Pelayanan Kesehatan",
            "effective_from": "2026-01-05",
            "change_summary": (
                "Tarif umum disesuaikan dari Rp20.000 menjadi Rp25.000; ditambahkan pembebasan "
                "bagi peserta PBI-JK dan pemegang SKTM."
            ),
            "change_summary_en": (
                "General fee changed from Rp20,000 to Rp25,000; exemption added for PBI-JK members "
                "and holders of a low-income certificate."
            ),
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "verified_on": "2024-12-17",
                "fees": [
                    {
                        "kind": "fixed",
                        "label": "Umum (contoh)",
                        "label_en": "General (example)",
                        "amount": 20000,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": None,
                        "formula_en": None,
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                    {
                        "kind": "fixed",
                        "label": "Pelajar dan mahasiswa (contoh)",
                        "label_en": "Pupils and students (example)",
                        "amount": 10000,
                        "amount_max": None,
                        "unit": None,
                        "unit_en": None,
                        "formula": None,
                        "formula_en": None,
                        "regulation": (
                            "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                            "Daerah (contoh)"
                        ),
                        "incidental": False,
                    },
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "slhs",
        "name": "Sertifikat Laik Higiene Sanitasi (SLHS)",
        "name_en": "Food hygiene and sanitation certificate (SLHS)",
        "agency": "dinkes",
        "category": "usaha",
        "synonyms": (
            "SLHS, laik higiene, sertifikat higiene, izin rumah makan, katering, jasa boga, depot "
            "air minum, DAMIU, restoran"
        ),
        "counters": ["Loket Kesehatan"],
        "online_url": "https://perizinan.contoh.go.id",
        "standard": {
            "completion": (14, "working_days"),
            "product": "Sertifikat Laik Higiene Sanitasi",
            "product_en": "Food hygiene and sanitation certificate",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Dinas "
                "Kesehatan (0812-0000-3456), email dinkes@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Dinas Kesehatan "
                "(0812-0000-3456), email dinkes@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                ("NIB", "NIB"),
                (
                    "Fotokopi KTP-el pemilik atau penanggung jawab",
                    "Copy of the owner's or manager's KTP-el",
                ),
                (
                    "Denah lokasi dan denah bangunan tempat pengolahan pangan",
                    "Location map and floor plan of the food preparation area",
                ),
                (
                    "Sertifikat pelatihan higiene sanitasi pangan bagi penjamah pangan",
                    "Food hygiene training certificates of the food handlers",
                ),
                (
                    "Surat keterangan sehat penjamah pangan",
                    "Health certificates of the food handlers",
                ),
                (
                    "Hasil uji laboratorium sampel pangan dan/atau air",
                    "Laboratory results for food and/or water samples",
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan dan berkas",
                    "text_en": "The applicant applies with the documents",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Inspeksi kesehatan lingkungan oleh tim Puskesmas",
                    "text_en": "Environmental health inspection by the health centre team",
                    "actor": "Sanitarian Puskesmas",
                    "actor_en": "Health-centre sanitarian",
                    "duration": (7, "working_days"),
                },
                {
                    "text": "Pengambilan dan pengujian sampel di laboratorium",
                    "text_en": "Taking samples and testing them in a laboratory",
                    "actor": "Laboratorium",
                    "actor_en": "Laboratory",
                    "duration": (5, "working_days"),
                },
                {
                    "text": "Penerbitan SLHS",
                    "text_en": "Issuing the SLHS",
                    "actor": "Kepala Dinas Kesehatan",
                    "actor_en": "Head of Health Office",
                    "duration": (2, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Penerbitan SLHS (contoh: tidak dipungut biaya)",
                    "label_en": "Issuing the SLHS (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 15 Tahun 2025 tentang Standar Pelayanan "
                        "Kesehatan (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "range",
                    "label": (
                        "Uji laboratorium sampel pangan/air, dibayar ke laboratorium, bukan biaya "
                        "kantor (contoh)"
                    ),
                    "label_en": (
                        "Laboratory test of food/water samples, paid to the laboratory, not an "
                        "office fee (example)"
                    ),
                    "amount": 150000,
                    "amount_max": 750000,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": True,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                (
                    "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan "
                    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"
                ),
                (
                    "Peraturan Menteri Kesehatan Nomor 2 Tahun 2023 tentang Peraturan Pelaksanaan "
                    "Peraturan Pemerintah Nomor 66 Tahun 2014 tentang Kesehatan Lingkungan"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 15 Tahun 2025 tentang Standar Pelayanan "
                    "Kesehatan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pemeriksaan di Puskesmas, alat pemeriksaan fisik dasar, laboratorium "
                "sederhana, komputer dan printer"
            ),
            "staff_competence": (
                "Dokter dan tenaga kesehatan yang memiliki STR dan SIP yang berlaku; petugas "
                "administrasi yang memahami standar pelayanan"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Puskesmas, Kepala Bidang Pelayanan Kesehatan dan "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "Sesuai jadwal jaga: minimal 1 dokter, 2 perawat, 1 petugas administrasi per lokasi"
            ),
            "service_guarantee": (
                "Pemeriksaan dilakukan oleh tenaga kesehatan berizin; tarif hanya dibayar di kasir "
                "dengan bukti pembayaran."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan audit mutu pelayanan setiap "
                "tahun"
            ),
            "verified_on": "2026-09-22",
            "verified_by": "Kepala Bidang Kesehatan Masyarakat",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "spp-irt",
        "name": "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)",
        "name_en": "Home-industry food production certificate (SPP-IRT)",
        "agency": "dinkes",
        "category": "usaha",
        "synonyms": "SPP-IRT, PIRT, P-IRT, izin makanan rumahan, izin produk pangan, UMKM makanan",
        "counters": ["Loket Kesehatan"],
        "online_url": "https://oss.go.id",
        "standard": {
            "completion": (14, "working_days"),
            "product": "SPP-IRT dan nomor P-IRT untuk label produk",
            "product_en": "SPP-IRT certificate and P-IRT number for the product label",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Dinas "
                "Kesehatan (0812-0000-3456), email dinkes@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Dinas Kesehatan "
                "(0812-0000-3456), email dinkes@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                ("NIB usaha mikro atau kecil", "NIB of the micro or small business"),
                (
                    "Sertifikat Penyuluhan Keamanan Pangan (PKP)",
                    "Food safety training (PKP) certificate",
                ),
                ("Rancangan label pangan", "Draft food label"),
                ("Fotokopi KTP-el pemilik", "Copy of the owner's KTP-el"),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan melalui OSS",
                    "text_en": "The applicant applies through OSS",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Penyuluhan keamanan pangan (jika belum memiliki sertifikat PKP)",
                    "text_en": "Food safety training (if the applicant has no PKP certificate)",
                    "actor": "Dinas Kesehatan",
                    "actor_en": "Health Office",
                    "duration": (1, "working_days"),
                },
                {
                    "text": "Pemeriksaan sarana produksi",
                    "text_en": "Inspection of the production premises",
                    "actor": "Petugas Pengawas Pangan",
                    "actor_en": "Food inspector",
                    "duration": (7, "working_days"),
                },
                {
                    "text": "Penerbitan SPP-IRT",
                    "text_en": "Issuing the SPP-IRT",
                    "actor": "Kepala Dinas Kesehatan",
                    "actor_en": "Head of Health Office",
                    "duration": (3, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Penerbitan SPP-IRT dan penyuluhan keamanan pangan (contoh: tidak dipungut "
                        "biaya)"
                    ),
                    "label_en": "SPP-IRT and food safety training (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 15 Tahun 2025 tentang Standar Pelayanan "
                        "Kesehatan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Peraturan Pemerintah Nomor 86 Tahun 2019 tentang Keamanan Pangan",
                (
                    "Peraturan Badan Pengawas Obat dan Makanan Nomor 22 Tahun 2018 tentang Pedoman "
                    "Pemberian Sertifikat Produksi Pangan Industri Rumah Tangga"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 15 Tahun 2025 tentang Standar Pelayanan "
                    "Kesehatan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Ruang pemeriksaan di Puskesmas, alat pemeriksaan fisik dasar, laboratorium "
                "sederhana, komputer dan printer"
            ),
            "staff_competence": (
                "Dokter dan tenaga kesehatan yang memiliki STR dan SIP yang berlaku; petugas "
                "administrasi yang memahami standar pelayanan"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Puskesmas, Kepala Bidang Pelayanan Kesehatan dan "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "Sesuai jadwal jaga: minimal 1 dokter, 2 perawat, 1 petugas administrasi per lokasi"
            ),
            "service_guarantee": (
                "Pemeriksaan dilakukan oleh tenaga kesehatan berizin; tarif hanya dibayar di kasir "
                "dengan bukti pembayaran."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan audit mutu pelayanan setiap "
                "tahun"
            ),
            "verified_on": "2026-09-22",
            "verified_by": "Kepala Bidang Kesehatan Masyarakat",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "ambulans-psc-119",
        "name": "Layanan Ambulans Gawat Darurat (PSC 119)",
        "name_en": "Emergency ambulance (PSC 119)",
        "agency": "dinkes",
        "category": "kesehatan",
        "synonyms": "ambulans, ambulance, gawat darurat, 119, PSC, kecelakaan, emergency",
        "counters": [],
        "online_url": None,
        "standard": {
            "completion": (30, "minutes"),
            "product": (
                "Pertolongan pertama dan pengantaran pasien gawat darurat ke rumah sakit rujukan"
            ),
            "product_en": "First aid and transport of emergency patients to a referral hospital",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui WhatsApp Pengaduan Dinas "
                "Kesehatan (0812-0000-3456), email dinkes@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via WhatsApp Pengaduan Dinas Kesehatan "
                "(0812-0000-3456), email dinkes@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                (
                    (
                        "Menelepon 119 dan menyebutkan lokasi, kondisi pasien serta nomor yang "
                        "dapat dihubungi"
                    ),
                    "Call 119 and give the location, the patient's condition and a contact number",
                ),
            ],
            "steps": [
                {
                    "text": "Petugas call center menerima panggilan dan menilai kegawatan",
                    "text_en": "The call centre takes the call and assesses the emergency",
                    "actor": "Petugas Call Center 119",
                    "actor_en": "119 call-centre officer",
                    "duration": (3, "minutes"),
                },
                {
                    "text": "Tim ambulans diberangkatkan ke lokasi",
                    "text_en": "The ambulance team is dispatched",
                    "actor": "Tim PSC 119",
                    "actor_en": "PSC 119 team",
                    "duration": (2, "minutes"),
                },
                {
                    "text": "Tim tiba di lokasi dan melakukan stabilisasi pasien",
                    "text_en": "The team arrives and stabilises the patient",
                    "actor": "Tim PSC 119",
                    "actor_en": "PSC 119 team",
                    "duration": (25, "minutes"),
                },
                {
                    "text": "Pasien dirujuk ke rumah sakit terdekat yang sesuai",
                    "text_en": "The patient is taken to the nearest suitable hospital",
                    "actor": "Tim PSC 119",
                    "actor_en": "PSC 119 team",
                    "duration": None,
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": (
                        "Layanan ambulans gawat darurat dalam wilayah Kota Contoh (contoh: tidak "
                        "dipungut biaya)"
                    ),
                    "label_en": "Emergency ambulance within Kota Contoh (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 15 Tahun 2025 tentang Standar Pelayanan "
                        "Kesehatan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                (
                    "Peraturan Menteri Kesehatan Nomor 19 Tahun 2016 tentang Sistem Penanggulangan "
                    "Gawat Darurat Terpadu"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 15 Tahun 2025 tentang Standar Pelayanan "
                    "Kesehatan (contoh)"
                ),
            ],
            "facilities": (
                "Ambulans dengan tandu, oksigen, defibrilator (AED) dan peralatan pertolongan "
                "pertama; call center 24 jam"
            ),
            "facilities_en": (
                "Ambulances with stretcher, oxygen, defibrillator (AED) and first-aid equipment; "
                "24-hour call centre"
            ),
            "infrastructure": (
                "Ruang pemeriksaan di Puskesmas, alat pemeriksaan fisik dasar, laboratorium "
                "sederhana, komputer dan printer"
            ),
            "staff_competence": (
                "Dokter dan tenaga kesehatan yang memiliki STR dan SIP yang berlaku; petugas "
                "administrasi yang memahami standar pelayanan"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Puskesmas, Kepala Bidang Pelayanan Kesehatan dan "
                "Inspektorat Kota Contoh"
            ),
            "staff_count": (
                "Sesuai jadwal jaga: minimal 1 dokter, 2 perawat, 1 petugas administrasi per lokasi"
            ),
            "service_guarantee": (
                "Pemeriksaan dilakukan oleh tenaga kesehatan berizin; tarif hanya dibayar di kasir "
                "dengan bukti pembayaran."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": (
                "Survei Kepuasan Masyarakat (SKM) setiap semester dan audit mutu pelayanan setiap "
                "tahun"
            ),
            "verified_on": "2026-10-12",
            "verified_by": "Kepala Bidang Pelayanan Kesehatan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "uji-kir",
        "name": "Pengujian Berkala Kendaraan Bermotor (Uji KIR)",
        "name_en": "Periodic roadworthiness test (KIR)",
        "agency": "dishub",
        "category": "usaha",
        "synonyms": (
            "uji KIR, KIR, uji berkala, BLUe, buku KIR, kartu uji, angkutan barang, pick up, truk, "
            "bus, angkot"
        ),
        "counters": ["Loket UPT Pengujian Kendaraan"],
        "online_url": None,
        "standard": {
            "completion": (3, "hours"),
            "product": "Bukti Lulus Uji Elektronik (kartu BLUe) dan tanda lulus uji berkala",
            "product_en": "Electronic test pass card (BLUe) and periodic test sticker",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Pengaduan Dinas Perhubungan "
                "((0000) 123-466), email dishub@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Pengaduan Dinas Perhubungan ((0000) "
                "123-466), email dishub@contoh.go.id, the suggestion box at the counter, or "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered and "
                "answered within 5 working days."
            ),
            "requirements": [
                ("STNK asli dan fotokopi", "Original vehicle registration (STNK) and copy"),
                (
                    "Kartu BLUe atau buku uji lama (uji berkala berikutnya)",
                    "Previous BLUe card or test book (for subsequent tests)",
                ),
                (
                    "Fotokopi KTP-el pemilik kendaraan atau surat kuasa",
                    "Copy of the owner's KTP-el or a power of attorney",
                ),
                (
                    "Izin penyelenggaraan angkutan (untuk kendaraan angkutan umum)",
                    "Transport operating permit (for public transport vehicles)",
                ),
                (
                    "Kendaraan dalam keadaan bersih dan tidak bermuatan",
                    "Vehicle clean and unloaded",
                ),
            ],
            "steps": [
                {
                    "text": "Pendaftaran dan pembayaran retribusi secara non-tunai",
                    "text_en": "Registration and cashless payment of the levy",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (15, "minutes"),
                },
                {
                    "text": (
                        "Pemeriksaan administrasi dan identitas kendaraan (nomor rangka dan mesin)"
                    ),
                    "text_en": (
                        "Checking documents and vehicle identity (chassis and engine numbers)"
                    ),
                    "actor": "Penguji",
                    "actor_en": "Inspector",
                    "duration": (15, "minutes"),
                },
                {
                    "text": "Pengujian teknis: emisi, rem, lampu, kincup roda, speedometer, berat",
                    "text_en": (
                        "Technical test: emissions, brakes, lights, wheel alignment, speedometer, "
                        "weight"
                    ),
                    "actor": "Penguji",
                    "actor_en": "Inspector",
                    "duration": (60, "minutes"),
                },
                {
                    "text": "Pengesahan hasil uji dan pencetakan kartu BLUe",
                    "text_en": "Approval of the results and printing of the BLUe card",
                    "actor": "Kepala UPT",
                    "actor_en": "Head of testing unit",
                    "duration": (30, "minutes"),
                },
            ],
            "fees": [
                {
                    "kind": "fixed",
                    "label": "Mobil penumpang umum dan mobil barang JBB sampai 3.500 kg (contoh)",
                    "label_en": (
                        "Public passenger cars and goods vehicles up to 3,500 kg GVW (example)"
                    ),
                    "amount": 75000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Mobil bus dan mobil barang JBB di atas 3.500 kg (contoh)",
                    "label_en": "Buses and goods vehicles over 3,500 kg GVW (example)",
                    "amount": 100000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Kereta gandengan dan kereta tempelan (contoh)",
                    "label_en": "Trailers and semi-trailers (example)",
                    "amount": 60000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
                {
                    "kind": "fixed",
                    "label": "Penggantian kartu BLUe hilang atau rusak (contoh)",
                    "label_en": "Replacement BLUe card after loss or damage (example)",
                    "amount": 30000,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi "
                        "Daerah (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
                "Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan",
                (
                    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
                    "Pusat dan Pemerintahan Daerah"
                ),
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah "
                    "dan Retribusi Daerah"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah "
                    "(contoh)"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 17 Tahun 2025 tentang Standar Pelayanan "
                    "Perhubungan (contoh)"
                ),
            ],
            "facilities": (
                "Ruang tunggu, toilet disabilitas, ruang laktasi, area pengujian beratap, papan "
                "informasi hasil uji"
            ),
            "facilities_en": (
                "Waiting room, accessible toilet, lactation room, covered test lane, test-results "
                "board"
            ),
            "infrastructure": (
                "Gedung pengujian dengan alat uji emisi, rem, lampu, kincup roda, speedometer dan "
                "berat kendaraan; loket di MPP"
            ),
            "staff_competence": (
                "Penguji kendaraan bermotor bersertifikat kompetensi sesuai jenjang"
            ),
            "internal_supervision": "Pengawasan oleh Kepala UPT dan Inspektorat Kota Contoh",
            "staff_count": "8 orang: 5 penguji, 3 petugas administrasi",
            "service_guarantee": (
                "Hasil uji ditetapkan berdasarkan alat uji, bukan negosiasi; retribusi dibayar "
                "non-tunai dengan bukti resmi."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap semester",
            "verified_on": "2026-10-08",
            "verified_by": "Kepala UPT Pengujian Kendaraan Bermotor",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "izin-trayek",
        "name": "Izin Penyelenggaraan Angkutan Orang dalam Trayek (Angkutan Kota)",
        "name_en": "Route permit for public passenger transport (city routes)",
        "agency": "dishub",
        "category": "usaha",
        "synonyms": (
            "izin trayek, trayek angkot, izin angkutan kota, izin bus kota, kartu pengawasan"
        ),
        "counters": ["Loket Perhubungan"],
        "online_url": "https://perizinan.contoh.go.id",
        "standard": {
            "completion": (14, "working_days"),
            "product": "Izin penyelenggaraan angkutan dan kartu pengawasan per kendaraan",
            "product_en": "Transport operating permit and a supervision card per vehicle",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Pengaduan Dinas Perhubungan "
                "((0000) 123-466), email dishub@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Pengaduan Dinas Perhubungan ((0000) "
                "123-466), email dishub@contoh.go.id, the suggestion box at the counter, or "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered and "
                "answered within 5 working days."
            ),
            "requirements": [
                (
                    "NIB badan hukum (perseroan terbatas atau koperasi)",
                    "NIB of the legal entity (limited company or cooperative)",
                ),
                (
                    "Daftar kendaraan dan fotokopi STNK",
                    "List of vehicles and copies of their registration (STNK)",
                ),
                (
                    "Bukti lulus uji berkala (kartu BLUe) setiap kendaraan",
                    "Proof of passing the periodic test (BLUe card) for each vehicle",
                ),
                (
                    "Bukti memiliki atau bekerja sama dengan fasilitas pool dan bengkel",
                    "Proof of owning or contracting a depot and workshop",
                ),
                (
                    "Surat pernyataan kesanggupan memenuhi standar pelayanan minimal angkutan",
                    "Statement of commitment to the minimum service standards for public transport",
                ),
                (
                    "Fotokopi KTP-el pimpinan badan hukum",
                    "Copy of the KTP-el of the head of the legal entity",
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon mengajukan permohonan dan berkas",
                    "text_en": "The applicant applies with the documents",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": None,
                },
                {
                    "text": "Evaluasi ketersediaan kuota trayek dan verifikasi berkas",
                    "text_en": "Checking route capacity and verifying the documents",
                    "actor": "Bidang Angkutan",
                    "actor_en": "Transport division",
                    "duration": (7, "working_days"),
                },
                {
                    "text": "Pemeriksaan fisik kendaraan dan pool",
                    "text_en": "Inspection of the vehicles and depot",
                    "actor": "Petugas Perhubungan",
                    "actor_en": "Transport officer",
                    "duration": (4, "working_days"),
                },
                {
                    "text": "Penerbitan izin dan kartu pengawasan",
                    "text_en": "Issuing the permit and supervision cards",
                    "actor": "Kepala Dinas Perhubungan",
                    "actor_en": "Head of Transport Office",
                    "duration": (3, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Izin trayek dan kartu pengawasan (contoh: tidak dipungut biaya)",
                    "label_en": "Route permit and supervision cards (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 17 Tahun 2025 tentang Standar Pelayanan "
                        "Perhubungan (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
                "Peraturan Pemerintah Nomor 74 Tahun 2014 tentang Angkutan Jalan",
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 17 Tahun 2025 tentang Standar Pelayanan "
                    "Perhubungan (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Gedung pengujian dengan alat uji emisi, rem, lampu, kincup roda, speedometer dan "
                "berat kendaraan; loket di MPP"
            ),
            "staff_competence": (
                "Penguji kendaraan bermotor bersertifikat kompetensi sesuai jenjang"
            ),
            "internal_supervision": "Pengawasan oleh Kepala UPT dan Inspektorat Kota Contoh",
            "staff_count": "8 orang: 5 penguji, 3 petugas administrasi",
            "service_guarantee": (
                "Hasil uji ditetapkan berdasarkan alat uji, bukan negosiasi; retribusi dibayar "
                "non-tunai dengan bukti resmi."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap semester",
            "verified_on": "2026-07-30",
            "verified_by": "Kepala Bidang Angkutan",
            "effective_from": "2025-01-02",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
    {
        "slug": "sktm",
        "name": "Surat Keterangan Tidak Mampu (SKTM)",
        "name_en": "Certificate of low income (SKTM)",
        "agency": "dinsos",
        "category": "kesehatan",
        "synonyms": (
            "SKTM, surat miskin, keterangan tidak mampu, DTKS, DTSEN, keringanan biaya rumah "
            "sakit, beasiswa"
        ),
        "counters": ["Loket Sosial"],
        "online_url": None,
        "standard": {
            "completion": (1, "working_days"),
            "product": "Surat keterangan tidak mampu / keterangan terdaftar dalam DTSEN",
            "product_en": "Certificate of low income / confirmation of registration in the DTSEN",
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Meja Pengaduan Dinas Sosial (MPP "
                "Kota Contoh, Lantai 1), email dinsos@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Meja Pengaduan Dinas Sosial (MPP Kota "
                "Contoh, Lantai 1), email dinsos@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                (
                    "Surat pengantar RT/RW dan kelurahan",
                    "Cover letter from the RT/RW and the village office (kelurahan)",
                ),
                ("Kartu Keluarga", "Family card"),
                ("KTP-el", "KTP-el"),
                (
                    (
                        "Surat keterangan dari instansi yang membutuhkan (sekolah atau rumah "
                        "sakit), bila ada"
                    ),
                    "Letter from the institution that needs it (school or hospital), if any",
                ),
            ],
            "steps": [
                {
                    "text": "Pemohon menyerahkan berkas di loket",
                    "text_en": "The applicant hands in the documents",
                    "actor": "Pemohon",
                    "actor_en": "Applicant",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Pengecekan data dalam DTSEN (dahulu DTKS)",
                    "text_en": "Checking the data in the DTSEN (formerly DTKS)",
                    "actor": "Petugas Data Sosial",
                    "actor_en": "Social data officer",
                    "duration": (3, "hours"),
                },
                {
                    "text": "Penerbitan surat keterangan",
                    "text_en": "Issuing the certificate",
                    "actor": "Kepala Bidang",
                    "actor_en": "Head of division",
                    "duration": (2, "hours"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Penerbitan SKTM (contoh: tidak dipungut biaya)",
                    "label_en": "Issuing the SKTM (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 21 Tahun 2025 tentang Standar Pelayanan "
                        "Sosial (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin",
                (
                    "Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi "
                    "Nasional"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 21 Tahun 2025 tentang Standar Pelayanan "
                    "Sosial (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket di MPP Kota Contoh, komputer terhubung aplikasi data sosial ekonomi, printer"
            ),
            "staff_competence": (
                "Memahami pengelolaan data kesejahteraan sosial dan program jaminan sosial"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Perlindungan dan Jaminan Sosial dan Inspektorat "
                "Kota Contoh"
            ),
            "staff_count": "4 orang petugas pelayanan",
            "service_guarantee": (
                "Pelayanan tidak dipungut biaya; rekomendasi diterbitkan berdasarkan data, bukan "
                "kedekatan."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap tahun",
            "verified_on": "2026-09-29",
            "verified_by": "Kepala Bidang Perlindungan dan Jaminan Sosial",
            "effective_from": "2025-07-01",
            "change_summary": "Rujukan data diubah dari DTKS ke DTSEN.",
            "change_summary_en": "Data reference changed from DTKS to DTSEN.",
        },
        "history": [
            {
                "effective_from": "2025-01-02",
                "verified_on": "2024-12-17",
                "product": "Surat keterangan tidak mampu / keterangan terdaftar dalam DTKS",
                "product_en": (
                    "Certificate of low income / confirmation of registration in the DTKS"
                ),
                "legal_bases": [
                    "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin",
                    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                    (
                        "Peraturan Wali Kota Contoh Nomor 21 Tahun 2025 tentang Standar Pelayanan "
                        "Sosial (contoh)"
                    ),
                ],
                "change_summary": "Standar pelayanan pertama diterbitkan.",
                "change_summary_en": "First published standard.",
            },
        ],
    },
    {
        "slug": "rekomendasi-pbi-jk",
        "name": "Rekomendasi Pendaftaran Peserta PBI-JK (Penerima Bantuan Iuran Jaminan Kesehatan)",
        "name_en": None,
        "agency": "dinsos",
        "category": "kesehatan",
        "synonyms": (
            "PBI, PBI-JK, KIS, BPJS gratis, BPJS PBI, jaminan kesehatan, kartu Indonesia sehat"
        ),
        "counters": ["Loket Sosial"],
        "online_url": None,
        "standard": {
            "completion": (3, "working_days"),
            "product": "Surat rekomendasi pendaftaran peserta PBI-JK",
            "product_en": None,
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Meja Pengaduan Dinas Sosial (MPP "
                "Kota Contoh, Lantai 1), email dinsos@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": None,
            "requirements": [
                ("Kartu Keluarga dan KTP-el seluruh anggota keluarga", None),
                ("Surat pengantar kelurahan", None),
                ("Terdaftar dalam DTSEN atau telah diusulkan melalui kelurahan", None),
                ("Surat keterangan rawat inap dari rumah sakit (untuk kondisi mendesak)", None),
            ],
            "steps": [
                {
                    "text": "Pemohon menyerahkan berkas di loket",
                    "text_en": None,
                    "actor": "Pemohon",
                    "actor_en": None,
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi data dan, bila perlu, kunjungan rumah",
                    "text_en": None,
                    "actor": "Pendamping Sosial",
                    "actor_en": None,
                    "duration": (2, "working_days"),
                },
                {
                    "text": "Penerbitan rekomendasi dan pengusulan ke BPJS Kesehatan",
                    "text_en": None,
                    "actor": "Kepala Bidang",
                    "actor_en": None,
                    "duration": (1, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Rekomendasi PBI-JK (contoh: tidak dipungut biaya)",
                    "label_en": None,
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 21 Tahun 2025 tentang Standar Pelayanan "
                        "Sosial (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional",
                (
                    "Peraturan Pemerintah Nomor 101 Tahun 2012 tentang Penerima Bantuan Iuran "
                    "Jaminan Kesehatan"
                ),
                (
                    "Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi "
                    "Nasional"
                ),
                (
                    "Peraturan Wali Kota Contoh Nomor 21 Tahun 2025 tentang Standar Pelayanan "
                    "Sosial (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": None,
            "infrastructure": (
                "Loket di MPP Kota Contoh, komputer terhubung aplikasi data sosial ekonomi, printer"
            ),
            "staff_competence": (
                "Memahami pengelolaan data kesejahteraan sosial dan program jaminan sosial"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Perlindungan dan Jaminan Sosial dan Inspektorat "
                "Kota Contoh"
            ),
            "staff_count": None,
            "service_guarantee": (
                "Pelayanan tidak dipungut biaya; rekomendasi diterbitkan berdasarkan data, bukan "
                "kedekatan."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap tahun",
            "verified_on": "2026-09-29",
            "verified_by": "Kepala Bidang Perlindungan dan Jaminan Sosial",
            "effective_from": "2025-07-01",
            "change_summary": "Rujukan data diubah dari DTKS ke DTSEN.",
            "change_summary_en": None,
        },
    },
    {
        "slug": "santunan-kematian",
        "name": "Santunan Kematian bagi Keluarga Tidak Mampu",
        "name_en": "Death benefit for low-income families",
        "agency": "dinsos",
        "category": "kematian",
        "synonyms": "santunan kematian, uang duka, bantuan kematian, bantuan pemakaman",
        "counters": ["Loket Sosial"],
        "online_url": None,
        "standard": {
            "completion": (7, "working_days"),
            "product": "Santunan kematian Rp1.000.000 (contoh) ditransfer ke rekening ahli waris",
            "product_en": (
                "Death benefit of Rp1,000,000 (example) transferred to the heir's bank account"
            ),
            "complaint_handling": (
                "Pengaduan, saran dan masukan disampaikan melalui Meja Pengaduan Dinas Sosial (MPP "
                "Kota Contoh, Lantai 1), email dinsos@contoh.go.id, kotak saran di loket, atau "
                "SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Setiap pengaduan dicatat, diberi nomor, "
                "dan ditanggapi paling lambat 5 hari kerja."
            ),
            "complaint_handling_en": (
                "Complaints, suggestions and feedback via Meja Pengaduan Dinas Sosial (MPP Kota "
                "Contoh, Lantai 1), email dinsos@contoh.go.id, the suggestion box at the counter, "
                "or SP4N-LAPOR! (SMS 1708, www.lapor.go.id). Every complaint is logged, numbered "
                "and answered within 5 working days."
            ),
            "requirements": [
                ("Kutipan akta kematian", "Death certificate"),
                ("Kartu Keluarga almarhum/almarhumah", "Family card of the deceased"),
                ("KTP-el ahli waris", "KTP-el of the heir"),
                ("Terdaftar dalam DTSEN", "Registered in the DTSEN"),
                (
                    "Fotokopi buku rekening bank atas nama ahli waris",
                    "Copy of the heir's bank book",
                ),
                (
                    "Permohonan diajukan paling lambat 60 hari sejak tanggal kematian (contoh)",
                    "Apply within 60 days of the death (example)",
                ),
            ],
            "steps": [
                {
                    "text": "Ahli waris menyerahkan berkas di loket",
                    "text_en": "The heir hands in the documents",
                    "actor": "Ahli waris",
                    "actor_en": "Heir",
                    "duration": (10, "minutes"),
                },
                {
                    "text": "Verifikasi berkas dan data DTSEN",
                    "text_en": "Verification of the documents and DTSEN data",
                    "actor": "Petugas Data Sosial",
                    "actor_en": "Social data officer",
                    "duration": (3, "working_days"),
                },
                {
                    "text": "Penetapan penerima dan pencairan melalui bank",
                    "text_en": "Approval and payment through the bank",
                    "actor": "Kepala Dinas Sosial",
                    "actor_en": "Head of Social Affairs Office",
                    "duration": (4, "working_days"),
                },
            ],
            "fees": [
                {
                    "kind": "free",
                    "label": "Pelayanan santunan kematian (contoh: tidak dipungut biaya)",
                    "label_en": "Death benefit service (example: no charge)",
                    "amount": None,
                    "amount_max": None,
                    "unit": None,
                    "unit_en": None,
                    "formula": None,
                    "formula_en": None,
                    "regulation": (
                        "Peraturan Wali Kota Contoh Nomor 21 Tahun 2025 tentang Standar Pelayanan "
                        "Sosial (contoh)"
                    ),
                    "incidental": False,
                },
            ],
            "legal_bases": [
                "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin",
                (
                    "Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi "
                    "Nasional"
                ),
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                (
                    "Peraturan Wali Kota Contoh Nomor 21 Tahun 2025 tentang Standar Pelayanan "
                    "Sosial (contoh)"
                ),
            ],
            "facilities": (
                "Kursi roda, ramp dan toilet untuk penyandang disabilitas, ruang laktasi, ruang "
                "bermain anak, loket prioritas untuk lansia, penyandang disabilitas dan ibu hamil, "
                "ruang tunggu, mesin antrean elektronik"
            ),
            "facilities_en": (
                "Wheelchairs, ramps and accessible toilets, lactation room, children's play area, "
                "priority counter for older people, disabled people and pregnant women, waiting "
                "room, electronic queue machine"
            ),
            "infrastructure": (
                "Loket di MPP Kota Contoh, komputer terhubung aplikasi data sosial ekonomi, printer"
            ),
            "staff_competence": (
                "Memahami pengelolaan data kesejahteraan sosial dan program jaminan sosial"
            ),
            "internal_supervision": (
                "Pengawasan oleh Kepala Bidang Perlindungan dan Jaminan Sosial dan Inspektorat "
                "Kota Contoh"
            ),
            "staff_count": "4 orang petugas pelayanan",
            "service_guarantee": (
                "Pelayanan tidak dipungut biaya; rekomendasi diterbitkan berdasarkan data, bukan "
                "kedekatan."
            ),
            "safety_guarantee": (
                "Data pribadi pemohon dijaga kerahasiaannya sesuai Undang-Undang Nomor 27 Tahun "
                "2022 tentang Pelindungan Data Pribadi; dokumen hanya diserahkan kepada pemohon "
                "atau kuasanya; ruang pelayanan dilengkapi CCTV, alat pemadam api ringan dan jalur "
                "evakuasi."
            ),
            "performance_evaluation": "Survei Kepuasan Masyarakat (SKM) setiap tahun",
            "verified_on": "2026-09-29",
            "verified_by": "Kepala Bidang Perlindungan dan Jaminan Sosial",
            "effective_from": "2025-07-01",
            "change_summary": "Standar pelayanan pertama diterbitkan.",
            "change_summary_en": "First published standard.",
        },
    },
]
