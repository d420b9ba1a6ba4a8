package export

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/maphash"
	"sync"
)

// Hashes remembers the SHA-256 of the files one Write made, by a 64-bit
// digest and the length of their bytes, so that the next Write (the live
// preview's, after a save) computes SHA-256 only for files whose bytes
// changed: at 100,000 commitments hashing every file was a fifth of a quick
// rebuild's export, and nearly every file is unchanged. The entries are
// addressed by content, not by path, so a Write that failed half way
// leaves nothing wrong behind. Keep one across Writes; the zero value is
// ready, and it is safe for concurrent use.
type Hashes struct {
	mu         sync.Mutex
	seed       maphash.Seed
	last, next map[hashKey]string // what the last Write hashed, and this one
}

type hashKey struct {
	sum uint64
	n   int
}

// of is the hex SHA-256 of the concatenation of parts.
func (h *Hashes) of(parts [][]byte) string {
	h.mu.Lock()
	if h.next == nil {
		h.seed, h.next = maphash.MakeSeed(), map[hashKey]string{}
	}
	seed := h.seed
	h.mu.Unlock()
	var d maphash.Hash
	d.SetSeed(seed)
	k := hashKey{}
	for _, p := range parts {
		d.Write(p)
		k.n += len(p)
	}
	k.sum = d.Sum64()
	h.mu.Lock()
	sum, ok := h.last[k]
	h.mu.Unlock()
	if !ok {
		sum = sha256Of(parts)
	}
	h.mu.Lock()
	h.next[k] = sum
	h.mu.Unlock()
	return sum
}

// rotate keeps what this Write hashed for the next one, and forgets the
// rest, so that the memory holds one build's files at most.
func (h *Hashes) rotate() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.last, h.next = h.next, map[hashKey]string{}
}

// sha256Of is the hex SHA-256 of the concatenation of parts.
func sha256Of(parts [][]byte) string {
	s := sha256.New()
	for _, p := range parts {
		s.Write(p)
	}
	return hex.EncodeToString(s.Sum(nil))
}
