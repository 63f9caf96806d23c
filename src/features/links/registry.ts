/**
 * The link contract: content/links.yaml lists every public address and anchor a clinic may link to. The file is
 * content, so src/model/link-registry.ts reads and checks it; contract.ts checks the built site against it.
 */
export {
  PAGE_KINDS,
  REGISTRY_FILE,
  parseRegistry,
  redirectsOf,
  registrySchema,
  type LinkRegistry,
} from '../../model/link-registry.ts';
