/* badptr: system calls given bad user pointers (NULL, kernel half, unmapped
 * hole, read-only page) must fail with EFAULT, and the caller lives on: the
 * kernel checks every ring-3 pointer before use.  Results are Linux's with
 * stdout a tty, pipe or file (a write to /dev/null never reads the buffer). */
#include "ulib.h"

#define KERNEL_ADDR ((void *)0xC0000000)   /* our kernel's half */
#define TOP_PAGE    ((void *)0xFFFFF000)   /* last page of the address space */

/* Print "what = result" with the errno name for failures. */
static void show(const char *what, long r)
{
	if (r < 0)
		printf("%s = -1 %s\n", what, errno_name(errno));
	else
		printf("%s = %ld\n", what, r);
	errno = 0;
}

int main(void)
{
	struct timespec ts;
	struct iovec iov;
	char *area, *hole;

	show("write(NULL)", write(1, NULL, 4));
	show("write(0xC0000000)", write(1, KERNEL_ADDR, 4));
	show("write(0xFFFFF000)", write(1, TOP_PAGE, 4));

	/* A hole: map three pages and unmap the middle one. */
	area = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED) {
		printf("mmap failed: %s\n", errno_name(errno));
		return 1;
	}
	hole = area + 4096;
	show("munmap(middle page)", munmap(hole, 4096));
	show("write(unmapped hole)", write(1, hole, 4));

	show("clock_gettime(NULL)", clock_gettime(CLOCK_MONOTONIC, NULL));
	show("clock_gettime(0xC0000000)", clock_gettime(CLOCK_MONOTONIC, KERNEL_ADDR));
	/* Our code is mapped but read-only: the kernel must not write there. */
	show("clock_gettime(&main, read-only)",
	     clock_gettime(CLOCK_MONOTONIC, (struct timespec *)(void *)main));
	show("clock_gettime(unmapped hole)", clock_gettime(CLOCK_MONOTONIC, (void *)hole));

	/* No nanosleep(bad) case: Linux says EFAULT, but qemu-user ignores
	 * the failed copy and says EINVAL, so the oracle would be wrong. */

	show("writev(iov=NULL)", writev(1, NULL, 1));
	show("writev(iov=0xC0000000)", writev(1, KERNEL_ADDR, 1));
	iov.iov_base = NULL;
	iov.iov_len = 4;
	show("writev(iov_base=NULL)", writev(1, &iov, 1));
	iov.iov_base = hole;
	show("writev(iov_base=unmapped hole)", writev(1, &iov, 1));

	show("poll(NULL, 1)", poll(NULL, 1, 0));

	/* The good neighbours of the hole still work. */
	ts.tv_sec = 0;
	area[0] = 'a';
	area[2 * 4096] = 'c';
	show("clock_gettime(valid)", clock_gettime(CLOCK_MONOTONIC, &ts));
	printf("pages around the hole intact: %s\n",
	       area[0] == 'a' && area[2 * 4096] == 'c' ? "yes" : "no");

	/* mprotect: a read-only page refuses the kernel's writes, a PROT_NONE
	 * page its reads too; an unmapped page in the range is ENOMEM. */
	{
		char *pg = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		struct timespec *tsp = (struct timespec *)pg;

		show("mprotect(page, PROT_READ)", mprotect(pg, 4096, PROT_READ));
		show("clock_gettime(read-only page)", clock_gettime(CLOCK_MONOTONIC, tsp));
		show("mprotect(page, PROT_NONE)", mprotect(pg, 4096, PROT_NONE));
		show("write(1, PROT_NONE page)", write(1, pg, 4));
		show("mprotect(page, PROT_READ|PROT_WRITE)", mprotect(pg, 4096, PROT_READ | PROT_WRITE));
		show("clock_gettime(writable again)", clock_gettime(CLOCK_MONOTONIC, tsp));
		show("mprotect(page + 1)", mprotect(pg + 1, 4096, PROT_READ));
		show("mprotect(the unmapped hole)", mprotect(hole, 4096, PROT_READ));
		munmap(pg, 4096);
		/* Reserve with PROT_NONE, then commit with mprotect. */
		pg = mmap(NULL, 8192, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		show("clock_gettime(reserved PROT_NONE page)", clock_gettime(CLOCK_MONOTONIC, (struct timespec *)pg));
		show("mprotect(reserved, PROT_READ|PROT_WRITE)", mprotect(pg, 8192, PROT_READ | PROT_WRITE));
		show("clock_gettime(committed page)", clock_gettime(CLOCK_MONOTONIC, (struct timespec *)pg));
		munmap(pg, 8192);
	}
	printf("badptr: still alive\n");
	return 0;
}
