package record

import "testing"

func TestPageLang(t *testing.T) {
	tests := []struct{ in, base, lang string }{
		{"about.md", "about.md", "en"},
		{"about.ko.md", "about.md", "ko"},
		{"about.en.md", "about.md", "en"},
		{"companies/aws.ko.md", "companies/aws.md", "ko"},
		{"companies/st.micro.md", "companies/st.micro.md", "en"},
		{"v1.ko/about.md", "v1.ko/about.md", "en"},
		{"data.json", "data.json", "en"},
	}
	for _, tt := range tests {
		if base, lang := PageLang(tt.in); base != tt.base || lang != tt.lang {
			t.Errorf("PageLang(%q) = %q, %q, want %q, %q", tt.in, base, lang, tt.base, tt.lang)
		}
	}
}
