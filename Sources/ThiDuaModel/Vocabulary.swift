/// The slugs of the record contract (`records.md`): exports, rules and the evaluation use
/// these names, so rules are checked against them.
public enum Vocabulary {
    public static let awards: Set<String> = [
        "huan-chuong", "huan-chuong-sao-vang", "huan-chuong-ho-chi-minh", "huan-chuong-doc-lap",
        "huan-chuong-quan-cong", "huan-chuong-lao-dong", "huan-chuong-bao-ve-to-quoc", "huan-chuong-chien-cong",
        "huan-chuong-dai-doan-ket-dan-toc", "huan-chuong-dung-cam", "huan-chuong-huu-nghi", "huy-chuong",
        "anh-hung-lao-dong", "anh-hung-llvt", "ba-me-viet-nam-anh-hung", "danh-hieu-nhan-dan-uu-tu",
        "giai-thuong-ho-chi-minh", "giai-thuong-nha-nuoc", "chien-si-thi-dua-toan-quoc", "chien-si-thi-dua-cap-tinh",
        "chien-si-thi-dua-co-so", "co-thi-dua-chinh-phu", "co-thi-dua-cap-tinh", "bang-khen-thu-tuong",
        "bang-khen-cap-tinh", "giay-khen", "tap-the-lao-dong-xuat-sac", "tap-the-lao-dong-tien-tien",
        "lao-dong-tien-tien", "ky-niem-chuong", "khen-thuong",
    ]
    /// The level each award is conferred at (Luật Thi đua, khen thưởng 2022): `nha-nuoc` (the
    /// State: orders, medals, State titles and prizes, the Prime Minister's and the
    /// Government's), `bo-tinh` (a ministry, a province, a central body), `co-so` (a district,
    /// a unit: Giấy khen, grassroots titles). `khen-thuong` says no award, so no level.
    public static let awardLevels: [String: String] = [
        "huan-chuong": "nha-nuoc", "huan-chuong-sao-vang": "nha-nuoc", "huan-chuong-ho-chi-minh": "nha-nuoc",
        "huan-chuong-doc-lap": "nha-nuoc", "huan-chuong-quan-cong": "nha-nuoc", "huan-chuong-lao-dong": "nha-nuoc",
        "huan-chuong-bao-ve-to-quoc": "nha-nuoc", "huan-chuong-chien-cong": "nha-nuoc",
        "huan-chuong-dai-doan-ket-dan-toc": "nha-nuoc", "huan-chuong-dung-cam": "nha-nuoc", "huan-chuong-huu-nghi": "nha-nuoc",
        "huy-chuong": "nha-nuoc", "anh-hung-lao-dong": "nha-nuoc", "anh-hung-llvt": "nha-nuoc",
        "ba-me-viet-nam-anh-hung": "nha-nuoc", "danh-hieu-nhan-dan-uu-tu": "nha-nuoc", "giai-thuong-ho-chi-minh": "nha-nuoc",
        "giai-thuong-nha-nuoc": "nha-nuoc", "chien-si-thi-dua-toan-quoc": "nha-nuoc", "co-thi-dua-chinh-phu": "nha-nuoc",
        "bang-khen-thu-tuong": "nha-nuoc",
        "chien-si-thi-dua-cap-tinh": "bo-tinh", "co-thi-dua-cap-tinh": "bo-tinh", "bang-khen-cap-tinh": "bo-tinh",
        "tap-the-lao-dong-xuat-sac": "bo-tinh", "ky-niem-chuong": "bo-tinh",
        "chien-si-thi-dua-co-so": "co-so", "giay-khen": "co-so", "tap-the-lao-dong-tien-tien": "co-so",
        "lao-dong-tien-tien": "co-so",
    ]

    public static let classes: Set<String> = ["nhat", "nhi", "ba", "cac-hang"]
    public static let granters: Set<String> = [
        "chu-tich-nuoc", "thu-tuong", "chinh-phu", "ubnd-tinh", "chu-tich-ubnd-tinh", "bo", "to-chuc",
    ]
    public static let kinds: Set<String> = ["tap-the", "ca-nhan", "ho-gia-dinh"]
}
