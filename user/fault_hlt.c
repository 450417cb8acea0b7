/* fault_hlt: ring 3 tries to halt the CPU.  hlt is privileged (CPL 0
 * only), so it raises #GP and the kernel must answer with SIGSEGV. */
#include "ulib.h"

int main(void)
{
	printf("about to execute hlt\n");
	__asm__ volatile("hlt");
	printf("survived!?\n");
	return 0;
}
