package record

// Manifest lists the files of the published datasets (public/data/), as
// data/manifest.json does: the site's pages link each one with its size
// and hash without walking the folder.
type Manifest struct {
	// Version is the data package's version: the format version, then a
	// hash of the content as semver build metadata, so it changes exactly
	// when the data does.
	Version string `json:"version"`
	// Files are the files in path order. manifest.json does not list itself.
	Files []DataFile `json:"files"`
}

// DataFile is one downloadable file of the datasets.
type DataFile struct {
	// Path is relative to the data folder, with forward slashes.
	Path string `json:"path"`
	// Bytes is the file's size.
	Bytes int64 `json:"bytes"`
	// SHA256 is the hex SHA-256 of the file's bytes, as in SHA256SUMS.
	SHA256 string `json:"sha256"`
	// MediaType is the IANA media type to serve the file with.
	MediaType string `json:"media_type"`
	// Description says in one sentence what the file holds.
	Description string `json:"description"`
}
