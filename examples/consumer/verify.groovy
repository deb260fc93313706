// Run by the maven-invoker-plugin after the consumer build: proves the c2 BOM and jars were
// resolved from the build's fresh local repository (target/it-repo), not from anywhere else.
def repo = new File(localRepositoryPath, 'org/c2model')
['c2-bom': 'pom', 'c2-core': 'jar', 'c2-metrics': 'jar', 'c2-json': 'jar', 'c2-report': 'jar'].each { id, type ->
  def file = new File(repo, "${id}/${c2Version}/${id}-${c2Version}.${type}")
  assert file.isFile() : "the consumer did not resolve ${file} from ${localRepositoryPath}"
}
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
