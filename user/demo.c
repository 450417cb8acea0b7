/* demo: a friendly tour of the basic system calls (the socket demo that
 * `make qemu` runs is netdemo): getpid, the argument vector, brk and mmap
 * memory, the clock.
 * Values that differ between runs (pid, times, addresses) are checked,
 * not printed, so the transcript is the same on Linux and on our kernel. */
#include "ulib.h"

int main(int argc, char **argv, char **envp)
{
	struct timespec t0, t1;
	char *heap, *page;
	int i;

	(void)envp;
	printf("socket86 demo: a user program in ring 3, talking via int $0x80\n");
	printf("getpid() returned a positive pid: %s\n", getpid() > 0 ? "yes" : "no");
	printf("started with %d argument(s):", argc);
	for (i = 0; i < argc; i++)
		printf(" '%s'", argv[i]);
	printf("\n");
	printf("page size from the auxiliary vector: %lu\n", getauxval(AT_PAGESZ));

	/* The heap grows with brk: ask for 64 KiB and use all of it. */
	heap = sbrk(65536);
	if (heap == (void *)-1) {
		printf("sbrk failed: %s\n", errno_name(errno));
		return 1;
	}
	memset(heap, 'h', 65536);
	printf("sbrk(65536): got memory, filled it, last byte '%c'\n", heap[65535]);

	/* A fresh anonymous mapping starts zeroed. */
	page = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) {
		printf("mmap failed: %s\n", errno_name(errno));
		return 1;
	}
	printf("mmap(8192): zero-filled: %s\n", page[0] == 0 && page[8191] == 0 ? "yes" : "no");
	snprintf(page, 8192, "written into an mmap page");
	printf("mmap page says: %s\n", page);
	printf("munmap: %s\n", munmap(page, 8192) == 0 ? "ok" : errno_name(errno));

	/* The monotonic clock never goes backwards. */
	if (clock_gettime(CLOCK_MONOTONIC, &t0) < 0 ||
	    clock_gettime(CLOCK_MONOTONIC, &t1) < 0) {
		printf("clock_gettime failed: %s\n", errno_name(errno));
		return 1;
	}
	printf("clock_gettime(CLOCK_MONOTONIC): %s\n",
	       t1.tv_sec > t0.tv_sec ||
	       (t1.tv_sec == t0.tv_sec && t1.tv_nsec >= t0.tv_nsec) ?
	       "ticking forward" : "went BACKWARDS");
	printf("demo: bye\n");
	return 0;
}
