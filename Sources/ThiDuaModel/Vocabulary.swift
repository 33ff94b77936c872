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
    public static let classes: Set<String> = ["nhat", "nhi", "ba", "cac-hang"]
    public static let granters: Set<String> = [
        "chu-tich-nuoc", "thu-tuong", "chinh-phu", "ubnd-tinh", "chu-tich-ubnd-tinh", "bo", "to-chuc",
    ]
    public static let kinds: Set<String> = ["tap-the", "ca-nhan", "ho-gia-dinh"]
}
