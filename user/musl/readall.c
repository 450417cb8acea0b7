/* musl/readall: reads descriptor 0 to its end and says what it got: how many
 * bytes, a hash of them (FNV-1a), whether it was a terminal, and what the
 * last read returned — so a test can check that piped input arrives whole,
 * byte for byte, and ends in end of file.  `readall slow` sleeps between
 * small reads, so the input piles up behind a reader that is slower than
 * the sender. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int slow = argc > 1 && !strcmp(argv[1], "slow");
	unsigned char buf[4096];
	unsigned long total = 0;
	unsigned int hash = 2166136261u;
	ssize_t n;

	while ((n = read(0, buf, slow ? 256 : sizeof(buf))) > 0) {
		for (ssize_t i = 0; i < n; i++)
			hash = (hash ^ buf[i]) * 16777619u;
		total += n;
		if (slow) {
			struct timespec ts = { 0, 2000000 };

			nanosleep(&ts, NULL);
		}
	}
	printf("readall: %lu bytes, FNV-1a %08x, isatty(0) = %d, last read returned %zd\n",
	       total, hash, isatty(0), n);
	return n < 0;
}
